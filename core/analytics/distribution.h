#pragma once
// Input distributions for Monte Carlo. Every draw is an inverse transform of a standard normal
// score z (a Gaussian copula): x = F⁻¹(Φ(z)). Correlating the scores (Cholesky) then correlates
// inputs of any shape, and one uniform per input and path keeps draws reproducible.
// Parameters are the analyst's: lognormal takes the mean and standard deviation of the input
// itself, PERT the minimum, most likely and maximum (Vose, "Risk Analysis", 3rd ed., §9.1.4).
#include <optional>
#include <string>
#include <vector>

namespace valor {

enum class DistributionKind { Normal, Lognormal, Uniform, Triangular, Pert, Discrete };

struct DiscreteOutcome {
  double value;
  double probability;
  bool operator==(const DiscreteOutcome&) const = default;
};

struct DistributionSpec {
  DistributionKind kind = DistributionKind::Normal;
  double mean = 0;                        // normal, lognormal
  double sd = 0;                          // normal, lognormal
  double min = 0;                         // uniform, triangular, PERT
  double mode = 0;                        // triangular, PERT
  double max = 0;                         // uniform, triangular, PERT
  std::vector<DiscreteOutcome> outcomes;  // discrete, in the order given
  bool operator==(const DistributionSpec&) const = default;
};

const char* distributionKindName(DistributionKind kind);
std::optional<DistributionKind> distributionKindFromName(const std::string& name);

// The closed-form mean and variance (used by tests and shown next to the simulated moments).
double distributionMean(const DistributionSpec& spec);
double distributionVariance(const DistributionSpec& spec);

// A distribution prepared for sampling: parameters checked and converted once.
class Distribution {
 public:
  // Nothing (and `problem` says why, naming the parameter and the rule) when the parameters do
  // not describe a distribution: sd not positive, min not below max, mode outside, a lognormal
  // mean not positive, probabilities negative or not summing to 1.
  static std::optional<Distribution> prepare(const DistributionSpec& spec, std::string& problem);

  // The draw for the normal score z.
  double fromScore(double z) const;
  const DistributionSpec& spec() const { return spec_; }

 private:
  explicit Distribution(DistributionSpec spec) : spec_(std::move(spec)) {}
  double pertFromScore(double z) const;

  DistributionSpec spec_;
  double logMu_ = 0;  // lognormal: parameters of ln X
  double logSigma_ = 0;
  double modeCdf_ = 0;              // triangular: F(mode)
  std::vector<double> cumulative_;  // discrete
  // PERT: x at equally spaced scores over [-kScoreRange, kScoreRange] and dx/dz there, for
  // cubic Hermite interpolation of x(z) = F⁻¹(Φ(z)).
  std::vector<double> pertX_;
  std::vector<double> pertSlope_;
};

}  // namespace valor
