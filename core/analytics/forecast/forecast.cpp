#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cctype>
#include <cmath>
#include <numbers>
#include <regex>

#include "core/analytics/forecast/families.h"
#include "core/analytics/normal.h"
#include "core/analytics/philox.h"

namespace valor::forecast {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  text.erase(std::remove_if(text.begin(), text.end(),
                            [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
             text.end());
  return text;
}

Error unknownModel(const std::string& text) {
  return Error{"forecast.unknown_model",
               "unknown model \"" + text +
                   "\": use naive, snaive, trend, logtrend, ets, ets(A,Ad,M), arima, "
                   "arima(1,1,1) or arima(0,1,1)(0,1,1), optionally +mean",
               text};
}

// The empirical p-quantile of sorted draws, interpolated between order statistics (Hyndman &
// Fan 1996, type 7: the default of R and NumPy).
double empiricalQuantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

}  // namespace

Result<ModelSpec> parseModelSpec(const std::string& text) {
  const std::string key = lower(text);
  ModelSpec spec;
  if (key == "naive") return spec;
  if (key == "snaive") {
    spec.family = Family::SeasonalNaive;
    return spec;
  }
  if (key == "trend") {
    spec.family = Family::LinearTrend;
    return spec;
  }
  if (key == "logtrend") {
    spec.family = Family::LogTrend;
    return spec;
  }
  if (key == "ets" || key == "arima") {
    spec.family = key == "ets" ? Family::Ets : Family::Arima;
    spec.automatic = true;
    return spec;
  }
  std::smatch match;
  static const std::regex ets(R"(ets\(a,(n|a|ad),(n|a|m)\))");
  if (std::regex_match(key, match, ets)) {
    spec.family = Family::Ets;
    spec.trend = match[1] == "n"   ? EtsTrend::None
                 : match[1] == "a" ? EtsTrend::Additive
                                   : EtsTrend::Damped;
    spec.season = match[2] == "n"   ? EtsSeason::None
                  : match[2] == "a" ? EtsSeason::Additive
                                    : EtsSeason::Multiplicative;
    return spec;
  }
  static const std::regex arima(
      R"(arima\(([0-5]),([0-2]),([0-5])\)(?:\(([0-2]),([01]),([0-2])\))?(\+mean|\+drift)?)");
  if (std::regex_match(key, match, arima)) {
    spec.family = Family::Arima;
    ArimaOrder& o = spec.order;
    o.p = match[1].str()[0] - '0';
    o.d = match[2].str()[0] - '0';
    o.q = match[3].str()[0] - '0';
    if (match[4].matched) {
      o.P = match[4].str()[0] - '0';
      o.D = match[5].str()[0] - '0';
      o.Q = match[6].str()[0] - '0';
    }
    if (match[7].matched) {
      if (o.d + o.D > 1)
        return Error{"forecast.unknown_model",
                     "\"" + text + "\": a mean or drift needs at most one difference", text};
      o.mean = true;
    }
    return spec;
  }
  return unknownModel(text);
}

std::string modelKey(const ModelSpec& spec) {
  switch (spec.family) {
    case Family::Naive:
      return "naive";
    case Family::SeasonalNaive:
      return "snaive";
    case Family::LinearTrend:
      return "trend";
    case Family::LogTrend:
      return "logtrend";
    case Family::Ets: {
      if (spec.automatic) return "ets";
      const char* t = spec.trend == EtsTrend::None       ? "N"
                      : spec.trend == EtsTrend::Additive ? "A"
                                                         : "Ad";
      const char* s = spec.season == EtsSeason::None       ? "N"
                      : spec.season == EtsSeason::Additive ? "A"
                                                           : "M";
      return std::string("ets(A,") + t + "," + s + ")";
    }
    case Family::Arima: {
      if (spec.automatic) return "arima";
      const ArimaOrder& o = spec.order;
      std::string key = "arima(" + std::to_string(o.p) + "," + std::to_string(o.d) + "," +
                        std::to_string(o.q) + ")";
      if (o.P + o.D + o.Q > 0)
        key +=
            "(" + std::to_string(o.P) + "," + std::to_string(o.D) + "," + std::to_string(o.Q) + ")";
      if (o.mean) key += o.d + o.D == 0 ? "+mean" : "+drift";
      return key;
    }
  }
  return {};
}

std::string modelName(const ModelSpec& spec) {
  switch (spec.family) {
    case Family::Naive:
      return "Naive";
    case Family::SeasonalNaive:
      return "Seasonal naive";
    case Family::LinearTrend:
      return "Linear trend";
    case Family::LogTrend:
      return "Log-linear trend";
    case Family::Ets:
      return spec.automatic ? "ETS (automatic)" : "ETS" + modelKey(spec).substr(3);
    case Family::Arima:
      return spec.automatic ? "ARIMA (automatic)" : "ARIMA" + modelKey(spec).substr(5);
  }
  return {};
}

std::size_t minimumValues(const ModelSpec& spec, int seasonPeriod) {
  switch (spec.family) {
    case Family::Naive:
      return 2;
    case Family::SeasonalNaive:
      return static_cast<std::size_t>(seasonPeriod) + 1;
    case Family::LinearTrend:
    case Family::LogTrend:
      return 3;
    case Family::Ets: {
      if (spec.automatic) return 5;
      const bool trend = spec.trend != EtsTrend::None;
      const bool season = spec.season != EtsSeason::None;
      const std::size_t free = 2 + (trend ? 2 : 0) + (spec.trend == EtsTrend::Damped ? 1 : 0) +
                               (season ? static_cast<std::size_t>(seasonPeriod) : 0);
      const std::size_t seasons = season ? 2 * static_cast<std::size_t>(seasonPeriod) : 0;
      return std::max(free + 3, seasons);
    }
    case Family::Arima:
      return spec.automatic ? 5 : arimaMinimum(spec.order, seasonPeriod);
  }
  return 2;
}

Result<ModelForecast> forecastWith(const Series& series, const ModelSpec& spec,
                                   const ForecastOptions& options) {
  if (options.horizon < 1 || options.horizon > 240)
    return Error{
        "forecast.horizon",
        "the horizon is " + std::to_string(options.horizon) + " periods; it must be 1 to 240",
        "horizon"};
  for (double level : options.levels)
    if (!(level > 0 && level < 1))
      return Error{"forecast.level", "an interval level must be above 0 % and below 100 %",
                   "levels"};
  if (options.stop.stop_requested()) return cancelled(series);
  Result<ModelForecast> result = unknownModel(modelKey(spec));
  switch (spec.family) {
    case Family::Naive:
    case Family::SeasonalNaive:
      result = forecastBaseline(series, spec, options);
      break;
    case Family::LinearTrend:
    case Family::LogTrend:
      result = forecastTrend(series, spec, options);
      break;
    case Family::Ets:
      result = forecastEts(series, spec, options);
      break;
    case Family::Arima:
      result = forecastArima(series, spec, options);
      break;
  }
  if (!result) return result;
  // Extreme values can still overflow a fit: a number shown must be a number.
  const ModelForecast& forecast = result.value();
  bool finite = std::isfinite(forecast.fit.sigma2);
  for (double v : forecast.fit.fitted) finite = finite && std::isfinite(v);
  for (const ForecastStep& step : forecast.steps) {
    finite = finite && std::isfinite(step.point);
    for (const Interval& i : step.intervals)
      finite = finite && std::isfinite(i.lower) && std::isfinite(i.upper);
  }
  if (!finite)
    return Error{"forecast.not_finite",
                 forecast.fit.name + " gives no finite forecast of " + series.name +
                     ": its values are too extreme for the model",
                 series.name};
  return result;
}

Error cancelled(const Series& series) {
  return Error{kCancelled, "the forecast of " + series.name + " was cancelled", series.name};
}

bool isConstant(const Series& series) {
  const auto [lo, hi] = std::minmax_element(series.values.begin(), series.values.end());
  return lo == series.values.end() || *hi - *lo <= 1e-12 * std::max(std::abs(*hi), std::abs(*lo));
}

Error constantSeries(const Series& series) {
  return Error{"forecast.constant",
               series.name +
                   " is the same in every period: an ARIMA has nothing to fit; exponential "
                   "smoothing or the naive forecast gives that value",
               series.name};
}

double stepQuantile(const StepDistribution& d, double p) {
  double q = d.center;
  switch (d.kind) {
    case StepDistribution::Kind::Normal:
      q = d.center + d.scale * normalQuantile(p);
      break;
    case StepDistribution::Kind::StudentT:
      q = d.center +
          d.scale * boost::math::quantile(boost::math::students_t(d.degreesOfFreedom), p);
      break;
    case StepDistribution::Kind::Simulated:
      q = d.simulated.empty() ? d.center : empiricalQuantile(d.simulated, p);
      break;
  }
  return d.logScale ? std::exp(q) : q;
}

ForecastStep stepOf(StepDistribution distribution, const std::vector<double>& levels) {
  ForecastStep step;
  step.point = distribution.logScale ? std::exp(distribution.center) : distribution.center;
  for (double level : levels)
    step.intervals.push_back({level, stepQuantile(distribution, (1 - level) / 2),
                              stepQuantile(distribution, (1 + level) / 2)});
  step.distribution = std::move(distribution);
  return step;
}

std::optional<double> aiccOf(double logLikelihood, int parameters, int observations) {
  if (observations <= parameters + 1) return std::nullopt;
  const double k = parameters, n = observations;
  return -2 * logLikelihood + 2 * k + 2 * k * (k + 1) / (n - k - 1);
}

double concentratedLogLikelihood(double sumOfSquares, int observations) {
  const double n = observations;
  return -n / 2 * (std::log(2 * std::numbers::pi * sumOfSquares / n) + 1);
}

void standardNormals(std::uint64_t seed, std::uint64_t path, std::vector<double>& out) {
  PathUniforms(seed, path).fill(out.data(), out.size());
  for (double& u : out) u = normalQuantile(u);
}

}  // namespace valor::forecast
