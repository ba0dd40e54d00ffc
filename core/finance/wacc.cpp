#include "core/finance/wacc.h"

namespace valor {

Real releverBeta(Real unleveredBeta, Real debtToEquity, Rate taxRate, Real debtBeta) {
  const Real shieldAdjustedDe = (1 - taxRate) * debtToEquity;
  return unleveredBeta * (1 + shieldAdjustedDe) - debtBeta * shieldAdjustedDe;
}

Real unleverBeta(Real leveredBeta, Real debtToEquity, Rate taxRate, Real debtBeta) {
  const Real shieldAdjustedDe = (1 - taxRate) * debtToEquity;
  return (leveredBeta + debtBeta * shieldAdjustedDe) / (1 + shieldAdjustedDe);
}

CostOfCapital buildCostOfCapital(const CostOfCapitalInputs& in) {
  CostOfCapital out;
  out.leveredBeta = in.betaIsUnlevered ? releverBeta(in.beta, in.targetDebtToEquity,
                                                     in.marginalTaxRate, in.debtBeta)
                                       : in.beta;
  out.costOfEquity =
      in.riskFreeRate + out.leveredBeta * in.equityRiskPremium + in.countryRiskPremium;
  out.afterTaxCostOfDebt = in.preTaxCostOfDebt * (1 - in.marginalTaxRate);
  out.equityWeight = 1 / (1 + in.targetDebtToEquity);
  out.debtWeight = in.targetDebtToEquity / (1 + in.targetDebtToEquity);
  out.wacc = out.equityWeight * out.costOfEquity + out.debtWeight * out.afterTaxCostOfDebt;
  return out;
}

}  // namespace valor
