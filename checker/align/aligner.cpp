#include "align/aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "align/lexicon.h"
#include "core/string_hash.h"
#include "core/unicode.h"
#include "language/language.h"

namespace tqc {
namespace {

// Each sentence's words become tokens, and each token a few keys: the folded word, its
// first four letters (cognates: "Provinz"/"province"), its digits (2.4 and 2,4 agree),
// and for source words the first four letters of up to three lexicon translations, of the
// word or of a base form ("kurzen": "kurz"). A token is matched in a sentence of the other
// side when one of its keys is in that sentence's Bloom filter. A sentence's filter has
// 2048 bits, few false hits for its ~60 keys; a block of k sentences, which keeps only
// its rarer words, gets k/2 times as many.
constexpr std::size_t kSentenceBloomWords = 32;
constexpr std::size_t kMaxTranslations = 3;

std::uint64_t key_of(char kind, std::string_view text) {
  std::uint64_t h = std::hash<std::string_view>{}(text);
  return h * 0x9E3779B97F4A7C15ULL + static_cast<unsigned char>(kind);
}

// A translation counts by its first four letters, as a word of the other side does:
// "stay" then matches "stayed", "staying".
std::uint64_t prefix_key(std::string_view folded) { return key_of('p', folded.substr(0, 4)); }

// `words` is a power of two.
void set_bit(std::uint64_t* bloom, std::size_t words, std::uint64_t key) {
  const std::uint64_t bit = (key >> 17) & (words * 64 - 1);
  bloom[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

bool has_bit(const std::uint64_t* bloom, std::size_t words, std::uint64_t key) {
  const std::uint64_t bit = (key >> 17) & (words * 64 - 1);
  return (bloom[bit / 64] >> (bit % 64)) & 1;
}

// The distinct words of one side, each with its keys, computed once: folding and
// dictionary look-ups cost more than everything else, and a book repeats its words.
class Vocabulary {
 public:
  Vocabulary(const Lexicon* lexicon, const Language* language) : lexicon_(lexicon), language_(language) {
    key_begin_.push_back(0);
  }

  // The word's id; words that fold alike ("Die", "die") or have the same digits share one.
  std::uint32_t id(std::string_view word) {
    if (const auto it = ids_.find(word); it != ids_.end()) return it->second;
    scratch_.clear();
    add_keys(word, scratch_);
    const std::uint32_t id = add(scratch_);
    ids_.emplace(std::string(word), id);
    return id;
  }
  // A punctuation mark that survives translation, as a word of its own.
  std::uint32_t mark(char c) { return add({key_of('x', std::string_view(&c, 1))}); }

  std::size_t size() const { return key_begin_.size() - 1; }
  const std::uint64_t* keys_begin(std::uint32_t id) const { return keys_.data() + key_begin_[id]; }
  const std::uint64_t* keys_end(std::uint32_t id) const { return keys_.data() + key_begin_[id + 1]; }

 private:
  // The id of the word whose first key is keys[0], added with `keys` if new.
  std::uint32_t add(const std::vector<std::uint64_t>& keys) {
    const auto [it, inserted] = by_first_key_.try_emplace(keys[0], static_cast<std::uint32_t>(size()));
    if (inserted) {
      keys_.insert(keys_.end(), keys.begin(), keys.end());
      key_begin_.push_back(static_cast<std::uint32_t>(keys_.size()));
    }
    return it->second;
  }

  // The folded word (or its digits) first, then its prefix and its translations.
  void add_keys(std::string_view word, std::vector<std::uint64_t>& keys) const {
    if (shape_of(word).has_digit) {
      std::string digits;
      for (const char c : word)
        if (c >= '0' && c <= '9') digits += c;
      keys.push_back(key_of('n', digits));
      return;
    }
    while (word.size() > 1 && word.front() == '_') word.remove_prefix(1);  // "_Herr_": emphasis in books
    while (word.size() > 1 && word.back() == '_') word.remove_suffix(1);
    std::string folded = fold(word);
    if (const auto apostrophe = folded.find('\''); apostrophe != std::string::npos && apostrophe + 3 >= folded.size())
      folded.resize(apostrophe);  // "lee's" -> "lee"
    keys.push_back(key_of('w', folded));
    if (folded.size() >= 4) keys.push_back(prefix_key(folded));
    if (!lexicon_) return;
    const auto* translations = translations_of(folded);
    if (!translations) return;
    const std::size_t count = std::min(kMaxTranslations, translations->size());
    for (std::size_t t = 0; t < count; ++t) {
      const std::string& translation = (*translations)[t];
      const std::uint64_t key = translation.size() >= 4 ? prefix_key(translation) : key_of('w', translation);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
  }

  // The lexicon's translations of the word, else of a base form ("kurzen": "kurz").
  const std::vector<std::string>* translations_of(const std::string& folded) const {
    if (const auto* found = lexicon_->translations(folded)) return found;
    if (!language_) return nullptr;
    for (const std::string& form : language_->base_forms(folded))
      if (const auto* found = lexicon_->translations(form)) return found;
    return nullptr;
  }

  const Lexicon* lexicon_;
  const Language* language_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids_;  // by word as written
  std::unordered_map<std::uint64_t, std::uint32_t> by_first_key_;
  std::vector<std::uint64_t> scratch_;
  std::vector<std::uint32_t> key_begin_;  // keys of word w: [key_begin_[w], key_begin_[w + 1])
  std::vector<std::uint64_t> keys_;
};

// How a sentence ends. Translators keep it: a bead whose two sides end differently has
// likely cut the text in the wrong place ("and said:" | "“No.”").
enum class Ending : std::uint8_t { plain, quote, question, exclamation, colon, semicolon };

Ending ending_of(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  if (text.empty()) return Ending::plain;
  auto at = static_cast<int32_t>(text.size());
  UChar32 last = 0;
  U8_PREV(text.data(), 0, at, last);
  if (u_hasBinaryProperty(last, UCHAR_QUOTATION_MARK)) return Ending::quote;
  switch (last) {
    case '?': return Ending::question;
    case '!': return Ending::exclamation;
    case ':': return Ending::colon;
    case ';': return Ending::semicolon;
    default: return Ending::plain;
  }
}

struct SideFeatures {
  const Vocabulary* vocabulary = nullptr;
  std::size_t sentences_per_item = 1;       // a block of sentences in the coarse passes
  std::vector<double> length;               // code points per sentence
  std::vector<std::uint32_t> token_begin;   // tokens of sentence i: [token_begin[i], token_begin[i + 1])
  std::vector<std::uint32_t> word;          // per token: its word in the vocabulary
  std::vector<float> weight;                // per token: rarer words weigh more
  std::vector<float> total_weight;          // per sentence
  std::vector<std::uint32_t> words;         // per sentence: its words, rare or not
  std::vector<Ending> ending;               // per sentence
  std::size_t bloom_words = kSentenceBloomWords;
  std::vector<std::uint64_t> blooms;        // bloom_words per sentence: all its keys

  std::size_t size() const { return length.size(); }
  const std::uint64_t* bloom(std::size_t i) const { return blooms.data() + i * bloom_words; }
};

// Words in a fifth of the sentences or more ("the", "die") say nothing, cost time, and are
// left out.
constexpr float kMinWordWeight = 0.2F;

// Weights each token by its word's inverse document frequency within the text, so that
// words found in every sentence ("the", "die", and their translations) say little about
// which sentences match; and sets each sentence's Bloom filter.
void finish(SideFeatures& f) {
  const Vocabulary& vocabulary = *f.vocabulary;
  std::vector<std::uint32_t> frequency(vocabulary.size(), 0), last(vocabulary.size(), UINT32_MAX);
  for (std::uint32_t i = 0; i < f.size(); ++i)
    for (std::uint32_t k = f.token_begin[i]; k < f.token_begin[i + 1]; ++k)
      if (last[f.word[k]] != i) last[f.word[k]] = i, ++frequency[f.word[k]];
  const double n = static_cast<double>(std::max<std::size_t>(f.size(), 2));
  const double log_n = std::log(1.0 + n);
  std::vector<float> word_weight(vocabulary.size(), 0.0F);
  for (std::size_t w = 0; w < word_weight.size(); ++w)
    if (frequency[w] > 0) word_weight[w] = static_cast<float>(std::log(1.0 + n / frequency[w]) / log_n);
  f.weight.resize(f.word.size());
  f.total_weight.assign(f.size(), 0.0F);
  f.words.resize(f.size());
  f.blooms.assign(f.size() * f.bloom_words, 0);
  std::uint32_t kept = 0;
  for (std::size_t i = 0; i < f.size(); ++i) {
    std::uint64_t* bloom = f.blooms.data() + i * f.bloom_words;
    const std::uint32_t begin = f.token_begin[i], end = f.token_begin[i + 1];
    f.words[i] = end - begin;
    f.token_begin[i] = kept;
    for (std::uint32_t k = begin; k < end; ++k) {
      const std::uint32_t w = f.word[k];
      if (word_weight[w] < kMinWordWeight) continue;
      f.word[kept] = w;
      f.weight[kept++] = word_weight[w];
      f.total_weight[i] += word_weight[w];
      for (const std::uint64_t* key = vocabulary.keys_begin(w); key != vocabulary.keys_end(w); ++key)
        set_bit(bloom, f.bloom_words, *key);
    }
  }
  f.token_begin[f.size()] = kept;
  f.word.resize(kept);
  f.weight.resize(kept);
}

SideFeatures features_of(const AlignSide& side, Vocabulary& vocabulary) {
  SideFeatures f;
  f.vocabulary = &vocabulary;
  f.length.reserve(side.sentences.size());
  f.token_begin.reserve(side.sentences.size() + 1);
  f.token_begin.push_back(0);
  for (const Sentence& sentence : side.sentences) {
    const std::string_view text = slice(side.text, sentence.span);
    f.length.push_back(static_cast<double>(count_code_points(text)));
    f.ending.push_back(ending_of(text));
    for (const Word& word : sentence.words) f.word.push_back(vocabulary.id(word.text));
    // Punctuation that survives translation.
    for (const char mark : {'?', '!', ':', '('})
      if (text.find(mark) != std::string_view::npos) f.word.push_back(vocabulary.mark(mark));
    f.token_begin.push_back(static_cast<std::uint32_t>(f.word.size()));
  }
  finish(f);
  return f;
}

// Blocks of `size` sentences as single sentences, for the coarse pass over long texts.
// Only their rarer words: common ones match every block and cost most of the time.
constexpr float kBlockWordWeight = 0.5F;

SideFeatures blocks_of(const SideFeatures& f, std::size_t size) {
  SideFeatures b;
  b.vocabulary = f.vocabulary;
  b.bloom_words = f.bloom_words * size / 2;
  b.sentences_per_item = f.sentences_per_item * size;
  b.token_begin.push_back(0);
  for (std::size_t start = 0; start < f.size(); start += size) {
    const std::size_t end = std::min(f.size(), start + size);
    double length = 0;
    for (std::size_t i = start; i < end; ++i) {
      length += f.length[i];
      for (std::uint32_t k = f.token_begin[i]; k < f.token_begin[i + 1]; ++k)
        if (f.weight[k] >= kBlockWordWeight) b.word.push_back(f.word[k]);
    }
    b.length.push_back(length);
    b.ending.push_back(f.ending[end - 1]);
    b.token_begin.push_back(static_cast<std::uint32_t>(b.word.size()));
  }
  finish(b);
  return b;
}

// Weight of the tokens of sentence `i` of `from` with a key in sentence `j` of `to`.
float matched_weight(const SideFeatures& from, std::size_t i, const SideFeatures& to, std::size_t j) {
  float matched = 0;
  const std::uint64_t* bloom = to.bloom(j);
  const Vocabulary& vocabulary = *from.vocabulary;
  for (std::uint32_t k = from.token_begin[i]; k < from.token_begin[i + 1]; ++k)
    for (const std::uint64_t* key = vocabulary.keys_begin(from.word[k]); key != vocabulary.keys_end(from.word[k]); ++key)
      if (has_bit(bloom, to.bloom_words, *key)) {
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
// merge must buy more than the length and word evidence of two separate beads, and a
// translation drops a sentence of its source more rarely than it adds one (a caption, a
// byline, an explanation): both gold sets have four to forty times more 0-1 beads than 1-0.
// Insertions first: their cost is known at once and bounds the search for the others.
constexpr std::array<BeadShape, 8> kShapes{{{1, 0, 2.0},
                                            {0, 1, 0.0},
                                            {1, 1, 0.0},
                                            {1, 2, 3.5},
                                            {2, 1, 3.5},
                                            {2, 2, 6.0},
                                            {1, 3, 6.0},
                                            {3, 1, 6.0}}};

constexpr double kLengthWeight = 1.0;
constexpr double kLexicalWeight = 6.0;  // per sentence of the bead, at no word matched
constexpr double kEndingMismatch = 1.0;  // the bead's last sentences end differently
constexpr double kInsertion = 6.5;      // a sentence with no counterpart
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

  // The cost of a bead, or any value of at least `budget` once it is sure to reach it: the
  // search needs only beads that beat its best so far, and word matches cost the most.
  double operator()(std::size_t sb, std::size_t se, std::size_t tb, std::size_t te, double budget) {
    double ls = 0, lt = 0;
    for (std::size_t i = sb; i < se; ++i) ls += source_.length[i];
    for (std::size_t j = tb; j < te; ++j) lt += target_.length[j];
    if (sb == se || tb == te) {
      // A line of one word or less ("[ad_1]", "***") is cheap to leave out.
      const SideFeatures& side = sb == se ? target_ : source_;
      const std::size_t line = sb == se ? tb : sb;
      return side.words[line] <= 1 ? kInsertion / 2 : kInsertion;
    }
    const double expected = ls * ratio_;
    const double delta = (lt - expected) / std::sqrt(kLengthVariance * (expected + lt) / 2.0 + 1.0);
    const double length = kLengthWeight * length_cost(delta);
    if (length >= budget) return length;

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
    const double ending = source_.ending[se - 1] == target_.ending[te - 1] ? 0.0 : kEndingMismatch;
    return length + kLexicalWeight * (1.0 - similarity) * sentences + ending;
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
        const double base = before + shape.prior;
        if (base >= best) continue;
        const double total = base + score(i - shape.source, i, j - shape.target, j, best - base);
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
    // 40 sentences either side; for blocks the same span or at least 8 blocks.
    width = std::max(8.0, 40.0 / static_cast<double>(source.sentences_per_item)) +
            std::abs(static_cast<double>(n) - static_cast<double>(m));
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
    width = kBlock + 4.0;
  }
  return align_in_band(source, target, ratio, centre, width);
}

}  // namespace

std::vector<Bead> align_sentences(const AlignSide& source, const AlignSide& target, const AlignOptions& options) {
  Vocabulary source_words(options.lexicon, options.source_language), target_words(nullptr, nullptr);
  const SideFeatures source_features = features_of(source, source_words);
  const SideFeatures target_features = features_of(target, target_words);
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
