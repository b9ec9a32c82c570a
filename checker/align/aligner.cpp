#include "align/aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

#include "core/unicode.h"

namespace tqc {
namespace {

using Anchors = std::vector<std::uint64_t>;  // sorted hashes

// Anchors are what survives translation: numbers (digits only, so 2.4 and 2,4 agree),
// acronyms, and the first four letters of longer words (cognates and names:
// "Samsung"/"Samsung", "Provinz"/"Province", "Gießerei"/"Giesserei").
Anchors anchors_of(const Sentence& sentence) {
  Anchors anchors;
  const std::hash<std::string> hash;
  for (const Word& word : sentence.words) {
    const WordShape shape = shape_of(word.text);
    if (shape.has_digit) {
      std::string digits = "#";
      for (char c : word.text)
        if (c >= '0' && c <= '9') digits += c;
      anchors.push_back(hash(digits));
    } else if (shape.all_upper && word.text.size() >= 2) {
      anchors.push_back(hash("A" + std::string(word.text)));
    } else if (count_code_points(word.text) >= 4) {
      std::string folded = fold(word.text);
      folded.resize(std::min<std::size_t>(folded.size(), 4));
      anchors.push_back(hash(folded));
    }
  }
  std::sort(anchors.begin(), anchors.end());
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  return anchors;
}

std::size_t shared_count(const Anchors& a, const Anchors& b) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++shared, ++i, ++j;
  }
  return shared;
}

struct SideFeatures {
  std::vector<double> length;  // code points
  std::vector<Anchors> anchors;
};

SideFeatures features_of(const AlignSide& side) {
  SideFeatures features;
  for (const Sentence& sentence : side.sentences) {
    features.length.push_back(static_cast<double>(count_code_points(slice(side.text, sentence.span))));
    features.anchors.push_back(anchors_of(sentence));
  }
  return features;
}

Anchors merged(const std::vector<Anchors>& all, std::size_t begin, std::size_t end) {
  if (end - begin == 1) return all[begin];
  Anchors result;
  for (std::size_t i = begin; i < end; ++i) result.insert(result.end(), all[i].begin(), all[i].end());
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

struct BeadShape {
  std::size_t source, target;
  double prior;  // -log of how common the shape is in translated news
};

constexpr std::array<BeadShape, 8> kShapes{{{1, 1, 0.0},
                                            {1, 2, 2.5},
                                            {2, 1, 2.5},
                                            {2, 2, 4.0},
                                            {1, 3, 5.0},
                                            {3, 1, 5.0},
                                            {1, 0, 0.0},
                                            {0, 1, 0.0}}};

constexpr double kLexicalWeight = 3.0;
constexpr double kLengthVariance = 6.8;  // Gale & Church's s^2, characters

class BeadCost {
 public:
  // `ratio`: target characters per source character.
  BeadCost(const SideFeatures& source, const SideFeatures& target, double ratio)
      : source_(source), target_(target), ratio_(ratio) {}

  double operator()(std::size_t sb, std::size_t se, std::size_t tb, std::size_t te) const {
    double ls = 0, lt = 0;
    for (std::size_t i = sb; i < se; ++i) ls += source_.length[i];
    for (std::size_t j = tb; j < te; ++j) lt += target_.length[j];
    if (se == sb || te == tb) {
      // An unmatched sentence; short ones (bylines, captions, debris) are cheap to skip.
      const double length = se == sb ? lt / ratio_ : ls;
      return 1.5 + 3.5 * std::min(1.0, length / 60.0);
    }
    const double expected = ls * ratio_;
    const double delta = (lt - expected) / std::sqrt(kLengthVariance * (expected + lt) / 2.0 + 1.0);
    const double tail = std::erfc(std::abs(delta) / std::sqrt(2.0));  // 2 * (1 - Phi(|delta|))
    const double length_cost = -std::log(std::max(tail, 1e-12));
    const Anchors a = merged(source_.anchors, sb, se);
    const Anchors b = merged(target_.anchors, tb, te);
    const double lexical_cost =
        a.empty() && b.empty() ? 0.5
                               : 1.0 - 2.0 * static_cast<double>(shared_count(a, b)) /
                                           static_cast<double>(a.size() + b.size());
    return length_cost + kLexicalWeight * lexical_cost;
  }

 private:
  const SideFeatures& source_;
  const SideFeatures& target_;
  double ratio_;
};


std::vector<Bead> align_pass(const SideFeatures& source_features, const SideFeatures& target_features,
                             double ratio) {
  const std::size_t n = source_features.length.size(), m = target_features.length.size();
  const BeadCost bead_cost(source_features, target_features, ratio);

  // The band: row i holds columns [low[i], high[i]] around the diagonal i*m/n.
  const std::size_t width = 40 + (n > m ? n - m : m - n);
  std::vector<std::size_t> low(n + 1), high(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    const std::size_t centre = n == 0 ? 0 : i * m / n;
    low[i] = centre > width ? centre - width : 0;
    high[i] = std::min(m, centre + width);
  }
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cost(n + 1);
  std::vector<std::vector<std::uint8_t>> choice(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    cost[i].assign(high[i] - low[i] + 1, kInfinity);
    choice[i].assign(high[i] - low[i] + 1, 0);
  }
  auto at = [&](std::size_t i, std::size_t j) -> double {
    return j < low[i] || j > high[i] ? kInfinity : cost[i][j - low[i]];
  };
  cost[0][0] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = low[i]; j <= high[i]; ++j) {
      if (i == 0 && j == 0) continue;
      double best = kInfinity;
      std::uint8_t best_shape = 0;
      for (std::uint8_t s = 0; s < kShapes.size(); ++s) {
        const BeadShape& shape = kShapes[s];
        if (shape.source > i || shape.target > j) continue;
        const double before = at(i - shape.source, j - shape.target);
        if (before == kInfinity) continue;
        const double total =
            before + shape.prior + bead_cost(i - shape.source, i, j - shape.target, j);
        if (total < best) best = total, best_shape = s;
      }
      cost[i][j - low[i]] = best;
      choice[i][j - low[i]] = best_shape;
    }
  }
  std::vector<Bead> beads;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const BeadShape& shape = kShapes[choice[i][j - low[i]]];
    const std::size_t pi = i - shape.source, pj = j - shape.target;
    beads.push_back({pi, i, pj, j, at(i, j) - at(pi, pj)});
    i = pi, j = pj;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace

std::vector<Bead> align_sentences(const AlignSide& source, const AlignSide& target,
                                  const AlignOptions& options) {
  const SideFeatures source_features = features_of(source);
  const SideFeatures target_features = features_of(target);
  // First pass with the language pair's usual length ratio; second pass with the ratio of
  // the 1-1 beads the first pass found, weighed against the usual one (an omitted
  // paragraph skews a whole-document ratio, and a short article says little).
  std::vector<Bead> beads = align_pass(source_features, target_features, options.length_ratio);
  double source_total = 0, target_total = 0;
  std::size_t one_to_one = 0;
  for (const Bead& bead : beads) {
    if (bead.source_size() != 1 || bead.target_size() != 1) continue;
    source_total += source_features.length[bead.source_begin];
    target_total += target_features.length[bead.target_begin];
    ++one_to_one;
  }
  if (one_to_one < 2 || source_total == 0 || target_total == 0) return beads;
  constexpr double kPriorWeight = 5.0;  // in 1-1 beads
  const double observed = target_total / source_total;
  const double ratio = std::exp((kPriorWeight * std::log(options.length_ratio) +
                                 static_cast<double>(one_to_one) * std::log(observed)) /
                                (kPriorWeight + static_cast<double>(one_to_one)));
  return align_pass(source_features, target_features, ratio);
}

}  // namespace tqc
