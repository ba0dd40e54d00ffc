#pragma once
// Cost of capital: CAPM cost of equity, Hamada relevering and the WACC (docs/methodology.md §4).
#include "core/common/types.h"

namespace valor {

struct CostOfCapitalInputs {
  Rate riskFreeRate = 0;
  Rate equityRiskPremium = 0;
  Rate countryRiskPremium = 0;  // added to the cost of equity (Damodaran, lambda = 1)
  Real beta = 1;
  bool betaIsUnlevered = false;  // relever at targetDebtToEquity when true
  Real debtBeta = 0;
  Real targetDebtToEquity = 0;  // D/E at market values
  Rate preTaxCostOfDebt = 0;
  Rate marginalTaxRate = 0;
};

struct CostOfCapital {
  Real leveredBeta = 0;
  Rate costOfEquity = 0;
  Rate afterTaxCostOfDebt = 0;
  Real equityWeight = 0;  // E / (D + E)
  Real debtWeight = 0;    // D / (D + E)
  Rate wacc = 0;
};

// Levered beta from an unlevered one. With a debt beta, from the weighted-average identity
// βU·(E + (1−t)D) = βL·E + βD·(1−t)·D (Conine 1980; the tax shield as risky as the debt):
//   βL = βU·(1 + (1−t)·D/E) − βD·(1−t)·D/E;  with βD = 0 this is Hamada's βU·(1 + (1−t)·D/E).
Real releverBeta(Real unleveredBeta, Real debtToEquity, Rate taxRate, Real debtBeta = 0);
// The inverse of releverBeta.
Real unleverBeta(Real leveredBeta, Real debtToEquity, Rate taxRate, Real debtBeta = 0);

// Re = rf + βL·ERP + CRP;  WACC = E/V·Re + D/V·Rd·(1 − t), weights from the target D/E.
CostOfCapital buildCostOfCapital(const CostOfCapitalInputs& in);

}  // namespace valor
