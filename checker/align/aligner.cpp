#include "align/aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <unordered_map>

#include "align/lexicon.h"
#include "core/unicode.h"

namespace tqc {
namespace {

// Each sentence's words become tokens, and each token a few keys: the folded word, its
// first four letters (cognates: "Provinz"/"province"), its digits (2.4 and 2,4 agree),
// and for source words the keys of their lexicon translations. A token is matched in a
// sentence of the other side when one of its keys is in that sentence's Bloom filter.
// A sentence's filter has 2048 bits, few false hits for its ~100 keys; a block of k
// sentences gets k times as many, so coarse passes over long texts keep their signal.
constexpr std::size_t kSentenceBloomWords = 32;
constexpr std::size_t kMaxTranslations = 3;

struct SideFeatures {
  std::vector<double> length;               // code points per sentence
  std::vector<std::uint32_t> token_begin;   // tokens of sentence i: [token_begin[i], token_begin[i + 1])
  std::vector<std::uint32_t> key_begin;     // keys of token k: [key_begin[k], key_begin[k + 1])
  std::vector<std::uint64_t> keys;
  std::size_t bloom_words = kSentenceBloomWords;
  std::vector<std::uint64_t> blooms;        // bloom_words per sentence: all its keys
  std::vector<float> weight;                // per token: rarer words weigh more
  std::vector<float> total_weight;          // per sentence

  std::size_t size() const { return length.size(); }
  const std::uint64_t* bloom(std::size_t i) const { return blooms.data() + i * bloom_words; }
  std::uint64_t* bloom(std::size_t i) { return blooms.data() + i * bloom_words; }
};

// Inverse document frequency within the text, so that words found in every sentence
// ("the", "die", and their lexicon translations) say little about which sentences match.
void weigh_tokens(SideFeatures& f) {
  std::unordered_map<std::uint64_t, std::uint32_t> frequency;
  frequency.reserve(f.key_begin.size() / 2);
  std::vector<std::uint64_t> seen;
  for (std::size_t i = 0; i < f.size(); ++i) {
    seen.clear();
    for (std::uint32_t k = f.token_begin[i]; k < f.token_begin[i + 1]; ++k) seen.push_back(f.keys[f.key_begin[k]]);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const auto key : seen) ++frequency[key];
  }
  auto frequency_of = [&](std::uint64_t key) { return static_cast<double>(frequency[key]); };
  const double n = static_cast<double>(std::max<std::size_t>(f.size(), 2));
  f.weight.resize(f.key_begin.size() - 1);
  f.total_weight.assign(f.size(), 0.0F);
  for (std::size_t i = 0; i < f.size(); ++i)
    for (std::uint32_t k = f.token_begin[i]; k < f.token_begin[i + 1]; ++k) {
      const double df = frequency_of(f.keys[f.key_begin[k]]);
      f.weight[k] = static_cast<float>(std::log(1.0 + n / df) / std::log(1.0 + n));
      f.total_weight[i] += f.weight[k];
    }
}

std::uint64_t key_of(char kind, std::string_view text) {
  std::uint64_t h = std::hash<std::string_view>{}(text);
  return h * 0x9E3779B97F4A7C15ULL + static_cast<unsigned char>(kind);
}

// `words` is a power of two.
void set_bit(std::uint64_t* bloom, std::size_t words, std::uint64_t key) {
  const std::uint64_t bit = (key >> 17) & (words * 64 - 1);
  bloom[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool has_bit(const std::uint64_t* bloom, std::size_t words, std::uint64_t key) {
  const std::uint64_t bit = (key >> 17) & (words * 64 - 1);
  return (bloom[bit / 64] >> (bit % 64)) & 1;
}

void add_word_keys(const std::string& folded, std::vector<std::uint64_t>& keys) {
  keys.push_back(key_of('w', folded));
  if (folded.size() >= 4) keys.push_back(key_of('p', std::string_view(folded).substr(0, 4)));
}

SideFeatures features_of(const AlignSide& side, const Lexicon* lexicon) {
  SideFeatures f;
  f.blooms.reserve(side.sentences.size() * f.bloom_words);
  f.length.reserve(side.sentences.size());
  f.token_begin.push_back(0);
  f.key_begin.push_back(0);
  auto end_token = [&] { f.key_begin.push_back(static_cast<std::uint32_t>(f.keys.size())); };
  for (const Sentence& sentence : side.sentences) {
    const std::string_view text = slice(side.text, sentence.span);
    f.length.push_back(static_cast<double>(count_code_points(text)));
    const std::size_t first_key = f.keys.size();
    for (const Word& word : sentence.words) {
      const WordShape shape = shape_of(word.text);
      if (shape.has_digit) {
        std::string digits;
        for (const char c : word.text)
          if (c >= '0' && c <= '9') digits += c;
        f.keys.push_back(key_of('n', digits));
      } else {
        std::string folded = fold(word.text);
        if (const auto apostrophe = folded.find('\''); apostrophe != std::string::npos && apostrophe + 3 >= folded.size())
          folded.resize(apostrophe);  // "lee's" -> "lee"
        add_word_keys(folded, f.keys);
        if (lexicon) {
          if (const auto* translations = lexicon->translations(folded)) {
            const std::size_t count = std::min(kMaxTranslations, translations->size());
            for (std::size_t t = 0; t < count; ++t) f.keys.push_back(key_of('w', (*translations)[t]));
          }
        }
      }
      end_token();
    }
    // Punctuation that survives translation; quotes of every style are one key.
    for (const char mark : {'?', '!', ':', '('})
      if (text.find(mark) != std::string_view::npos) {
        f.keys.push_back(key_of('x', std::string_view(&mark, 1)));
        end_token();
      }
    f.blooms.resize(f.blooms.size() + f.bloom_words, 0);
    std::uint64_t* bloom = f.blooms.data() + f.blooms.size() - f.bloom_words;
    for (std::size_t k = first_key; k < f.keys.size(); ++k) set_bit(bloom, f.bloom_words, f.keys[k]);
    f.token_begin.push_back(static_cast<std::uint32_t>(f.key_begin.size() - 1));
  }
  weigh_tokens(f);
  return f;
}

// Blocks of `size` sentences as single sentences, for the coarse pass over long texts.
// Only their rarer words: common ones match every block and cost most of the time.
constexpr float kBlockWordWeight = 0.5F;

SideFeatures blocks_of(const SideFeatures& f, std::size_t size) {
  SideFeatures b;
  b.bloom_words = f.bloom_words * size;
  b.blooms.reserve((f.size() / size + 1) * b.bloom_words);
  b.keys.reserve(f.keys.size());
  b.token_begin.push_back(0);
  b.key_begin.push_back(0);
  for (std::size_t start = 0; start < f.size(); start += size) {
    const std::size_t end = std::min(f.size(), start + size);
    double length = 0;
    const std::size_t first_key = b.keys.size();
    for (std::size_t i = start; i < end; ++i) {
      length += f.length[i];
      for (std::uint32_t k = f.token_begin[i]; k < f.token_begin[i + 1]; ++k) {
        if (f.weight[k] < kBlockWordWeight) continue;
        b.keys.insert(b.keys.end(), f.keys.begin() + f.key_begin[k], f.keys.begin() + f.key_begin[k + 1]);
        b.key_begin.push_back(static_cast<std::uint32_t>(b.keys.size()));
      }
    }
    b.length.push_back(length);
    b.blooms.resize(b.blooms.size() + b.bloom_words, 0);
    std::uint64_t* bloom = b.blooms.data() + b.blooms.size() - b.bloom_words;
    for (std::size_t k = first_key; k < b.keys.size(); ++k) set_bit(bloom, b.bloom_words, b.keys[k]);
    b.token_begin.push_back(static_cast<std::uint32_t>(b.key_begin.size() - 1));
  }
  weigh_tokens(b);
  return b;
}

// Weight of the tokens of sentence `i` of `from` with a key in sentence `j` of `to`.
float matched_weight(const SideFeatures& from, std::size_t i, const SideFeatures& to, std::size_t j) {
  float matched = 0;
  const std::uint64_t* bloom = to.bloom(j);
  for (std::uint32_t k = from.token_begin[i]; k < from.token_begin[i + 1]; ++k)
    for (std::uint32_t key = from.key_begin[k]; key < from.key_begin[k + 1]; ++key)
      if (has_bit(bloom, to.bloom_words, from.keys[key])) {
        matched += from.weight[k];
        break;
      }
  return matched;
}

struct PairMatch {
  float source = -1;  // weight of source tokens matched in the target sentence; < 0: unknown
  float target = 0;
};

struct BeadShape {
  std::uint8_t source, target;
  double prior;  // -log of how common the shape is in translated text
};

// Priors and weights chosen on the Text+Berg dev set (and checked on OPUS Books): a
// merge must buy more than the length and word evidence of two separate beads.
constexpr std::array<BeadShape, 8> kShapes{{{1, 1, 0.0},
                                            {1, 2, 3.5},
                                            {2, 1, 3.5},
                                            {2, 2, 5.0},
                                            {1, 3, 6.0},
                                            {3, 1, 6.0},
                                            {1, 0, 0.0},
                                            {0, 1, 0.0}}};

constexpr double kLengthWeight = 1.0;
constexpr double kLexicalWeight = 6.0;  // per sentence of the bead, at no word matched
constexpr double kInsertion = 6.0;      // a sentence with no counterpart
constexpr double kLengthVariance = 6.8;   // Gale & Church's s^2, characters

// -log P(|delta|) under Gale & Church's normal model, tabulated: erfc and log in the
// innermost loop cost more than the rest of the bead.
double length_cost(double delta) {
  static const std::vector<double> table = [] {
    std::vector<double> t(2001);
    for (std::size_t k = 0; k < t.size(); ++k)
      t[k] = -std::log(std::max(std::erfc(static_cast<double>(k) / 100.0 / std::sqrt(2.0)), 1e-12));
    return t;
  }();
  const double x = std::abs(delta) * 100.0;
  if (x >= 2000.0) return table.back();
  const auto k = static_cast<std::size_t>(x);
  return table[k] + (table[k + 1] - table[k]) * (x - static_cast<double>(k));
}

// The band of rows' columns, and the cached word-match counts of 1-1 pairs in it.
class Scorer {
 public:
  Scorer(const SideFeatures& source, const SideFeatures& target, double ratio,
         const std::vector<std::size_t>& low, const std::vector<std::size_t>& high)
      : source_(source), target_(target), ratio_(ratio), low_(low), high_(high), row_(source.size() + 1, 0) {
    // Row i's pairs are needed by the beads that end up to three rows later. One array
    // for all rows: a vector per row costs more in allocation than in use.
    for (std::size_t i = 0; i < source.size(); ++i)
      row_[i + 1] = row_[i] + (high_[std::min(source.size(), i + 3)] - low_[i] + 1);
    cache_.assign(row_.back(), PairMatch{});
  }

  double operator()(std::size_t sb, std::size_t se, std::size_t tb, std::size_t te) {
    double ls = 0, lt = 0;
    for (std::size_t i = sb; i < se; ++i) ls += source_.length[i];
    for (std::size_t j = tb; j < te; ++j) lt += target_.length[j];
    if (sb == se || tb == te) {
      // A line of one word or less ("[ad_1]", "***") is cheap to leave out.
      const SideFeatures& side = sb == se ? target_ : source_;
      const std::size_t line = sb == se ? tb : sb;
      return side.token_begin[line + 1] - side.token_begin[line] <= 1 ? kInsertion / 2 : kInsertion;
    }
    const double expected = ls * ratio_;
    const double delta = (lt - expected) / std::sqrt(kLengthVariance * (expected + lt) / 2.0 + 1.0);

    // A word counts once even when it matches in several sentences of the bead.
    double matched = 0, total = 0;
    for (std::size_t i = sb; i < se; ++i) {
      double sum = 0;
      for (std::size_t j = tb; j < te; ++j) sum += pair(i, j).source;
      matched += std::min<double>(sum, source_.total_weight[i]);
      total += source_.total_weight[i];
    }
    for (std::size_t j = tb; j < te; ++j) {
      double sum = 0;
      for (std::size_t i = sb; i < se; ++i) sum += pair(i, j).target;
      matched += std::min<double>(sum, target_.total_weight[j]);
      total += target_.total_weight[j];
    }
    const double similarity = total > 0 ? matched / total : 0.0;
    const double sentences = static_cast<double>((se - sb) + (te - tb)) / 2.0;
    return kLengthWeight * length_cost(delta) + kLexicalWeight * (1.0 - similarity) * sentences;
  }

 private:
  PairMatch pair(std::size_t i, std::size_t j) {
    const bool cached = j >= low_[i] && j - low_[i] < row_[i + 1] - row_[i];
    PairMatch* slot = cached ? &cache_[row_[i] + j - low_[i]] : nullptr;
    if (slot && slot->source >= 0) return *slot;
    const PairMatch value{matched_weight(source_, i, target_, j), matched_weight(target_, j, source_, i)};
    if (slot) *slot = value;
    return value;
  }

  const SideFeatures& source_;
  const SideFeatures& target_;
  double ratio_;
  const std::vector<std::size_t>& low_;
  const std::vector<std::size_t>& high_;
  std::vector<std::size_t> row_;  // offset of each source row's pairs in cache_
  std::vector<PairMatch> cache_;
};

// The best path through the band around `centre` (one target position per source row).
std::vector<Bead> align_in_band(const SideFeatures& source, const SideFeatures& target, double ratio,
                                const std::vector<double>& centre, double width) {
  const std::size_t n = source.size(), m = target.size();
  std::vector<std::size_t> low(n + 1), high(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    low[i] = static_cast<std::size_t>(std::clamp(std::floor(centre[i] - width), 0.0, static_cast<double>(m)));
    high[i] = static_cast<std::size_t>(std::clamp(std::ceil(centre[i] + width), 0.0, static_cast<double>(m)));
  }
  // Monotone and joined bands keep (n, m) reachable from (0, 0).
  low[0] = 0;
  high[n] = m;
  for (std::size_t i = 1; i <= n; ++i) low[i] = std::max(low[i], low[i - 1]), high[i] = std::max(high[i], high[i - 1]);
  for (std::size_t i = n; i-- > 0;) low[i] = std::min(low[i], low[i + 1]);
  for (std::size_t i = 1; i <= n; ++i) low[i] = std::min(low[i], high[i - 1]);

  Scorer score(source, target, ratio, low, high);
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  std::vector<std::size_t> row(n + 2, 0);  // offset of each row in cost and choice
  for (std::size_t i = 0; i <= n; ++i) row[i + 1] = row[i] + (high[i] - low[i] + 1);
  std::vector<double> cost(row.back(), kInfinity);
  std::vector<std::uint8_t> choice(row.back(), 0);
  auto at = [&](std::size_t i, std::size_t j) -> double {
    return j < low[i] || j > high[i] ? kInfinity : cost[row[i] + j - low[i]];
  };
  cost[0] = 0;
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
        const double total = before + shape.prior + score(i - shape.source, i, j - shape.target, j);
        if (total < best) best = total, best_shape = s;
      }
      cost[row[i] + j - low[i]] = best;
      choice[row[i] + j - low[i]] = best_shape;
    }
  }
  std::vector<Bead> beads;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const BeadShape& shape = kShapes[choice[row[i] + j - low[i]]];
    const std::size_t pi = i - shape.source, pj = j - shape.target;
    beads.push_back({pi, i, pj, j, at(i, j) - at(pi, pj)});
    i = pi, j = pj;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

// Texts of up to kDirectLimit sentences a side are aligned in a band around the diagonal;
// longer ones first as blocks of kBlock sentences, recursively, then in a narrow band
// around the blocks' path. Each level costs time linear in its length.
constexpr std::size_t kDirectLimit = 2000;
constexpr std::size_t kBlock = 8;

std::vector<Bead> align_features(const SideFeatures& source, const SideFeatures& target, double ratio) {
  const std::size_t n = source.size(), m = target.size();
  std::vector<double> centre(n + 1);
  double width = 0;
  if (std::max(n, m) <= kDirectLimit) {
    for (std::size_t i = 0; i <= n; ++i) centre[i] = n == 0 ? 0.0 : static_cast<double>(i) * m / n;
    width = 40.0 + std::abs(static_cast<double>(n) - static_cast<double>(m));
  } else {
    const std::vector<Bead> coarse = align_features(blocks_of(source, kBlock), blocks_of(target, kBlock), ratio);
    centre[n] = static_cast<double>(m);
    for (const Bead& bead : coarse) {
      const std::size_t sb = bead.source_begin * kBlock, se = std::min(n, bead.source_end * kBlock);
      const double tb = static_cast<double>(bead.target_begin * kBlock);
      const double te = static_cast<double>(std::min(m, bead.target_end * kBlock));
      for (std::size_t i = sb; i < se; ++i)
        centre[i] = tb + (te - tb) * static_cast<double>(i - sb) / static_cast<double>(std::max<std::size_t>(1, se - sb));
    }
    width = kBlock + 8.0;
  }
  return align_in_band(source, target, ratio, centre, width);
}

}  // namespace

std::vector<Bead> align_sentences(const AlignSide& source, const AlignSide& target, const AlignOptions& options) {
  const SideFeatures source_features = features_of(source, options.lexicon);
  const SideFeatures target_features = features_of(target, nullptr);
  // For an article: a first pass with the language pair's usual length ratio, a second
  // with the ratio of the 1-1 beads the first found, weighed against the usual one (an
  // omitted paragraph skews a whole-document ratio, and a short article says little).
  const std::size_t n = source_features.size(), m = target_features.size();
  if (std::max(n, m) > kDirectLimit) {
    // A long text's overall length ratio is a good estimate: one pass is enough.
    double source_total = 0, target_total = 0;
    for (const double l : source_features.length) source_total += l;
    for (const double l : target_features.length) target_total += l;
    const double ratio = source_total > 0 && target_total > 0 ? target_total / source_total : options.length_ratio;
    return align_features(source_features, target_features, ratio);
  }
  std::vector<Bead> beads = align_features(source_features, target_features, options.length_ratio);
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
  if (std::abs(std::log(ratio / options.length_ratio)) < 0.02) return beads;  // no news
  return align_features(source_features, target_features, ratio);
}

}  // namespace tqc
