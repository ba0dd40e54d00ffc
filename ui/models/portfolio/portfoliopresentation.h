#pragma once
// How the portfolio's fields and results read to an analyst: captions, groups, units.
#include "ui/models/presentation.h"

namespace valor::ui {

const ModelPresentation& portfolioPresentation();
// The form group that holds the covariance settings and the history (its import button).
const char* portfolioHistoryGroup();
// The form group of the correlations table (its matrix import button).
const char* portfolioCorrelationsGroup();

}  // namespace valor::ui
