#pragma once
// Calculation settings libxlsxwriter cannot write. An xlsx file is a zip of XML parts; the
// workbook part's <calcPr> element holds Excel's "Enable iterative calculation" switch
// (ECMA-376 Part 1, §18.2.2: iterate, iterateCount, iterateDelta). This rewrites that element
// in a finished file, through libzip, before the file is moved into place.
#include <string>

#include "core/common/result.h"

namespace valor {

Status setIterativeCalculation(const std::string& xlsxPath, int maxIterations, double maxChange);

}  // namespace valor
