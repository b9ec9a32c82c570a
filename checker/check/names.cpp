#include "check/names.h"

#include <algorithm>
#include <unordered_set>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"names", "inconsistent-entities", Severity::minor,
                      "names, brands and acronyms that differ from the source"};

enum class NameKind { none, translatable, copied, brand_lowercase };

// How a source word is a name: `copied` for brands with inner capitals, acronyms and
// capitalised words no dictionary knows ("ChatGPT", "TSMC", "Pyeongtaek"), which the
// translation should carry over as written; `brand_lowercase` for a lower-case word no
// dictionary knows ("SK hynix"), whose case is kept where it is copied, but which may be
// a plain word the dictionary lacks; `translatable` for proper nouns the dictionary knows
// ("Korea", "Friday").
NameKind name_kind(const Language& language, std::string_view word) {
  const WordShape shape = shape_of(word);
  if (!shape.has_letter || count_code_points(word) < 2) return NameKind::none;
  if (!language.speller)
    return shape.inner_upper || shape.all_upper ? NameKind::copied : NameKind::none;
  // A word with a stray capital that the dictionary knows written plainly is that word,
  // mistyped or styled ("BEstätigung", "LeGend"), not a brand like "PayPal" ("Paypal").
  if (shape.inner_upper && !shape.all_upper && language.knows(capitalize(to_lower(word))))
    return NameKind::translatable;
  // An acronym the dictionary knows is common vocabulary that translations expand or
  // replace ("UK" -> "britisch", "PM" -> "Premierminister"); a brand's stays as written.
  if (shape.inner_upper || shape.all_upper)
    return shape.all_upper && language.knows(word) ? NameKind::translatable : NameKind::copied;
  // "a.m", "e.g": abbreviations, not names.
  if (!shape.first_upper && word.find('.') != std::string_view::npos) return NameKind::none;
  const std::string lower = to_lower(word);
  // In German every noun is capitalised, and new compounds are everyday words.
  const bool known = language.knows(word) || language.knows(lower) ||
                     (language.capitalizes_nouns && language.knows_or_compounds(word));
  if (!known) return shape.first_upper ? NameKind::copied : NameKind::brand_lowercase;
  if (shape.first_upper && !language.knows(lower)) return NameKind::translatable;
  return NameKind::none;
}

// At least two vowels and no three consonants in a row: "beach", "jurupa", "oakland",
// not "asml" or "tsmc".
bool pronounceable(std::string_view lower) {
  std::size_t vowels = 0, run = 0;
  for (const char c : lower) {
    if (std::string_view("aeiouy").find(c) != std::string_view::npos) {
      ++vowels;
      run = 0;
    } else if (++run >= 3) {
      return false;
    }
  }
  return vowels >= 2;
}

// Case differences that are the target language's rules, not a changed name.
// `after_name`: the source word follows a capitalised one in its sentence ("SK hynix").
bool case_allowed(const Bitext& bitext, std::string_view name, NameKind kind, std::string_view text,
                  bool sentence_start, bool after_name) {
  const WordShape shape = shape_of(name);
  const std::string lower = to_lower(name);
  const std::string text_lower = to_lower(text);
  // Not a case difference but the target's spelling of the name: "Dembélé" for "Dembele",
  // "São" for "Sao", "Engländer" for "England".
  if (!text_lower.starts_with(lower)) return true;
  const bool lower_case_source = lower == name;
  // A lower-case word capitalised: a name written plainly ("your colleague semina"), a
  // German noun, also inflected ("Lockdowns"), or a sentence start; but a lower-case brand
  // after a name keeps its case ("SK hynix", "Bora-hansgrohe").
  if (lower_case_source && text == capitalize(text_lower))
    return sentence_start || kind != NameKind::brand_lowercase || !after_name ||
           (bitext.target.language.capitalizes_nouns && bitext.target.language.knows(text));  // "Coldplay-Frontmann"
  // A German noun, lower case in English: "Redispatch" -> "redispatch", "Euro" -> "euros".
  if (!shape.inner_upper && !shape.all_upper && text == text_lower)
    return bitext.source.language.capitalizes_nouns;
  // A dateline or headline in capitals: "DRESDEN" -> "Dresden", "JURUPA VALLEY" ->
  // "Jurupa Valley": a pronounceable word, or one the target language knows. An
  // acronym ("TSMC" -> "Tsmc", "ASML" -> "Asml") keeps its capitals.
  if (shape.all_upper && count_code_points(name) >= 4 && text == capitalize(lower))
    return bitext.target.language.knows(text) || pronounceable(lower);
  // A word shouted in capitals ("press the POWER button", "im SPAM-Ordner"): the
  // translation may write it in any case, as a word of either language.
  if (shape.all_upper && count_code_points(name) >= 4 &&
      (bitext.source.language.knows(lower) || bitext.target.language.knows(text_lower)))
    return true;
  // The brand's own casing restored where the source wrote it plainly ("Paypal" ->
  // "PayPal", "ebook" -> "eBook", "Nasa" -> "NASA", "Ok" -> "OK").
  const WordShape target_shape = shape_of(text);
  if (!shape.inner_upper && !shape.all_upper && (target_shape.inner_upper || target_shape.all_upper)) return true;
  return false;
}

// Second thoughts on a word no source dictionary knows, before it is reported missing
// (they cost more, so only then).
// `sentence_initial`: no word comes before it in its sentence.
bool is_name_to_copy(const Bitext& bitext, std::string_view name, bool sentence_initial) {
  const Language& source = bitext.source.language;
  const WordShape shape = shape_of(name);
  // A short acronym is as often spelled out or translated as copied ("SME", "NEA",
  // "PSG"): its absence is no evidence of a dropped name.
  if (shape.all_upper && !shape.has_digit && count_code_points(name) <= 4) return false;
  // Parts of a split word ("Wi-Fi") and product words in the e-/i- style ("eReader",
  // "eBook") are translated as often as copied.
  if (count_code_points(name) <= 2 || (shape.inner_upper && !shape.first_upper)) return false;
  if (shape.inner_upper || shape.all_upper) return true;
  // A capital at the start of a sentence says nothing ("Afaik, ...", "1) Deauthorize ...").
  if (sentence_initial) return false;
  // In a language that capitalises every noun, a capitalised word the dictionary lacks is
  // as likely a noun ("Inzidenz", "Kunststoffhülle") as a name: not evidence enough.
  if (source.capitalizes_nouns) return false;
  // A typo in the source ("Committe") is no name either.
  return count_code_points(name) < 6 || !source.near_known(name);
}

// "LLMs" -> "LLM": German and French keep an English acronym without its plural s.
std::string_view without_acronym_plural(std::string_view word) {
  if (word.size() > 2 && word.back() == 's' && shape_of(word.substr(0, word.size() - 1)).all_upper)
    return word.substr(0, word.size() - 1);
  return word;
}

// A headline in capitals ("DOG PARK COUPLE MACED"): its words are shouted, not acronyms.
bool is_shouted(const Sentence& sentence) {
  std::size_t words = 0, upper = 0;
  for (const Word& word : sentence.words) {
    const WordShape shape = shape_of(word.text);
    if (!shape.has_letter || count_code_points(word.text) < 2) continue;
    ++words;
    if (shape.all_upper) ++upper;
  }
  return upper >= 3 && 2 * upper >= words;
}

// The key `rendering` (one word) in the target word `key`, inflected, alone or as the
// last part of a compound: "Justizministerium" in "US-Justizministeriums".
bool contains_rendering(const Language& language, std::string_view rendering,
                        std::string_view key) {
  for (std::size_t at = 0; at + rendering.size() <= key.size() + 1 && at < key.size(); ++at) {
    const bool part_start = at == 0 || key[at - 1] == '-' || (language.compounds && at >= 3);
    if (part_start && is_char_start(key, at) && language.inflects(rendering, key.substr(at)))
      return true;
  }
  return false;
}

}  // namespace

std::string name_key(std::string_view word) {
  std::string key = fold(word);
  std::erase(key, '.');
  return key;
}

NamesCheck::NamesCheck(const CheckSetup& setup) {
  const std::string path = setup.data_dir + "/" + setup.source_language + "-" +
                           setup.target_language + "/renderings.tsv";
  for (const auto& line : read_data_lines(path, true)) {
    const auto fields = split_list(line.text, '\t');
    if (fields.size() != 2)
      throw InputError(path + ":" + std::to_string(line.number) +
                       ": expected 'source<TAB>rendering|rendering...'");
    auto& keys = renderings_[name_key(fields[0])];
    for (const auto& rendering : split_list(fields[1], '|')) keys.push_back(name_key(rendering));
  }
}

const CheckInfo& NamesCheck::info() const { return kInfo; }

void NamesCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const Language& source_language = bitext.source.language;
  const Language& target_language = bitext.target.language;
  std::unordered_set<std::string> target_vocabulary;
  for (const auto& sentence : bitext.target.sentences)
    for (const auto& word : sentence.words)
      target_vocabulary.insert(name_key(target_language.bare(word.text)));

  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    const std::vector<Word> target_words = bitext.target_words(bead);
    auto is_first = [&](const Word& word) {
      for (std::size_t t = bead.target_begin; t < bead.target_end; ++t)
        if (!bitext.target.sentences[t].words.empty() &&
            bitext.target.sentences[t].words.front().span == word.span)
          return true;
      return false;
    };
    std::string target_keys;  // all target words' keys, space-separated, for renderings
    for (const Word& word : target_words)
      target_keys += " " + name_key(target_language.bare(word.text));
    target_keys += " ";

    std::unordered_set<std::string> done;
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      const Sentence& sentence = bitext.source.sentences[s];
      const bool shouted = is_shouted(sentence);
      for (std::size_t w = 0; w < sentence.words.size(); ++w) {
        const Word& source_word = sentence.words[w];
        const std::string_view name =
            without_acronym_plural(source_language.bare(strip_possessive(source_word.text)));
        if (shouted && shape_of(name).all_upper) continue;
        const NameKind kind = name_kind(source_language, name);
        if (kind == NameKind::none) continue;
        const Word* previous = w > 0 ? &sentence.words[w - 1] : nullptr;
        const bool after_name = previous && (shape_of(previous->text).all_upper ||
                                             (w > 1 && shape_of(previous->text).first_upper));
        const std::string key = name_key(name);
        if (!done.insert(key).second) continue;
        const std::string lower = to_lower(name);

        bool present = false;
        std::vector<const Word*> variants;
        for (const Word& word : target_words) {
          const std::string_view text = without_acronym_plural(target_language.bare(word.text));
          if (text == name ||
              (text.starts_with(name) && target_language.inflects(lower, to_lower(text)))) {
            present = true;
          } else if (target_language.inflects(key, name_key(text))) {
            if (case_allowed(bitext, name, kind, text, is_first(word), after_name))
              present = true;
            else
              variants.push_back(&word);
          }
        }
        // A rendering may be inflected ("Vorstandschefs") when it is one word.
        bool rendered = false;
        if (const auto it = renderings_.find(key); it != renderings_.end())
          for (const auto& rendering : it->second) {
            rendered = rendered || target_keys.find(" " + rendering + " ") != std::string::npos;
            if (rendering.find(' ') == std::string::npos)
              for (const Word& word : target_words)
                rendered =
                    rendered || contains_rendering(target_language, rendering,
                                                   name_key(target_language.bare(word.text)));
          }
        if (rendered) continue;
        // Beside the name as written, another casing that is a word of either language is
        // that word: "Operation Legend, named after LeGend Taliferro" (but "13.73 TWH
        // compared to 11.64 TWh" is a slip).
        if (present)
          std::erase_if(variants, [&](const Word* variant) {
            return source_language.knows(variant->text) || target_language.knows(variant->text);
          });
        for (const Word* variant : variants)
          reporter.report(variant->span, source_word.span,
                          "'" + std::string(variant->text) + "' is written '" + std::string(name) +
                              "' in the source",
                          {std::string(name)});
        // Only names that the translation must copy can be missing; a lower-case unknown
        // word is as likely a word the dictionary lacks ("decarbonisation").
        if (present || !variants.empty() || kind != NameKind::copied) continue;
        // Reported as missing only when it is nowhere in the translation, so a name that
        // moved to another sentence, or an inflected or transliterated one, stays quiet.
        if (target_vocabulary.contains(key)) continue;
        // Transliterated ("Mehmood" for "Mahmood") or spaced ("A 81" for "A81").
        bool similar = false;
        const std::size_t allowed_edits = std::max<std::size_t>(1, count_code_points(key) / 4);
        for (std::size_t w = 0; w < target_words.size(); ++w) {
          const std::string other = name_key(target_words[w].text);
          if (other.size() >= 2 &&
              (other.starts_with(key.substr(0, 3)) || key.starts_with(other.substr(0, 3)) ||
               (std::max(other.size(), key.size()) - std::min(other.size(), key.size()) <= 2 * allowed_edits &&
                key.size() <= 100 && edit_distance(other, key) <= allowed_edits)))
            similar = true;
          if (w + 1 < target_words.size() && other + name_key(target_words[w + 1].text) == key) similar = true;
        }
        if (similar) continue;
        // "Anm" of "Anm.": an abbreviation, not a name.
        if (source_language.abbreviations.contains(std::string(name) + ".")) continue;
        const bool sentence_initial =
            std::none_of(sentence.words.begin(), sentence.words.begin() + static_cast<std::ptrdiff_t>(w),
                         [](const Word& before) { return shape_of(before.text).has_letter; });
        if (!is_name_to_copy(bitext, name, sentence_initial)) continue;
        reporter.report(
            bitext.target_span(bead), source_word.span,
            "the source's '" + std::string(name) + "' does not appear in the translation",
            {}, Severity::major);  // the span is the sentence: a suggestion would replace it
      }
    }
  }
}

}  // namespace tqc
