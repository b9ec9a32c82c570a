#include "language/language.h"

#include <algorithm>
#include <optional>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

std::string upper_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return text;
}

constexpr std::size_t kMinimumPart = 3;   // bytes; shorter compound parts are noise
constexpr std::size_t kMaxCompound = 80;  // bytes; longer "words" are debris, not compounds
constexpr std::size_t kMaxWord = 100;     // bytes; Hunspell rejects longer words anyway

std::string to_utf8(const std::u32string& letters) {
  std::string out;
  for (const char32_t c : letters) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace

std::string_view Language::bare(std::string_view word) const {
  for (const auto& elision : elisions) {
    for (std::string_view apostrophe : {"'", "’"}) {
      const std::string_view letters = std::string_view(elision).substr(0, elision.size() - 1);
      // Sentence-initial "L’UE" too: elisions are ASCII letters, compared without case.
      const bool same_letters =
          word.size() > letters.size() &&
          std::equal(letters.begin(), letters.end(), word.begin(), [](char a, char b) {
            return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b);
          });
      if (word.size() > letters.size() + apostrophe.size() + 1 && same_letters &&
          word.substr(letters.size(), apostrophe.size()) == apostrophe) {
        word.remove_prefix(letters.size() + apostrophe.size());
        break;
      }
    }
  }
  for (std::string_view ending : {"'s", "’s"})
    if (word.size() > ending.size() + 1 && word.ends_with(ending))
      word.remove_suffix(ending.size());
  return word;
}

bool Language::knows(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWord) return false;
  std::string key(word);
  if (const auto it = known_.find(key); it != known_.end()) return it->second;
  const bool known = (speller && speller->correct(word)) || extra_words.contains(to_lower(word));
  known_.emplace(std::move(key), known);
  return known;
}

bool Language::inflects(std::string_view base, std::string_view word) const {
  if (base == word) return true;
  for (const auto& inflection : inflections) {
    if (!base.ends_with(inflection.strip)) continue;
    const std::string_view stem = base.substr(0, base.size() - inflection.strip.size());
    if (word.size() == stem.size() + inflection.add.size() && word.starts_with(stem) &&
        word.ends_with(inflection.add))
      return true;
  }
  return false;
}

bool Language::inflects_or_stems(std::string_view base, std::string_view word) const {
  if (inflects(base, word)) return true;
  // Irregular forms from Hunspell ("häuser" -> "haus"), for words that start with the
  // base's letter (cheap to rule out most pairs before asking Hunspell, which costs
  // microseconds a word) and add at most three bytes: Hunspell also gives derivational
  // roots ("criticized" -> "critic"), which are other words.
  if (!speller || base.size() < 3 || word.size() < 3 || word.size() > kMaxWord || word.size() > base.size() + 3 ||
      fold(word.substr(0, 2)).front() != fold(base.substr(0, 2)).front())
    return false;
  auto it = stems_.find(std::string(word));
  if (it == stems_.end()) {
    std::vector<std::string> stems;
    for (const std::string& form : {std::string(word), capitalize(word)})
      for (auto& stem : speller->stems(form)) stems.push_back(to_lower(stem));
    it = stems_.emplace(std::string(word), std::move(stems)).first;
  }
  return std::find(it->second.begin(), it->second.end(), base) != it->second.end();
}

std::vector<std::string> Language::base_forms(std::string_view word) const {
  std::vector<std::string> forms{std::string(word)};
  for (const auto& inflection : inflections) {
    if (inflection.add.empty() || !word.ends_with(inflection.add)) continue;
    const std::string_view stem = word.substr(0, word.size() - inflection.add.size());
    if (stem.size() < kMinimumPart) continue;
    std::string form = std::string(stem) + inflection.strip;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
  }
  return forms;
}

std::vector<CompoundPart> Language::compound_split(
    std::string_view word, const std::function<bool(std::string_view)>& known) const {
  if (!compounds || word.size() < 2 * kMinimumPart || word.size() > kMaxCompound) return {};
  // best[end]: the best split of word[0, end) into accepted parts, ranked by fewest parts,
  // then by the longest shortest part. Hunspell accepts many compounds whole, so the
  // first split found would read "Halbleitersparte" as "Halb" + "leitersparte"; the
  // ranking gives "Halbleiter" + "sparte". Quadratic in the word's length.
  struct Best {
    bool reached = false;
    std::size_t parts = 0, shortest = 0, begin = 0;
    std::size_t link = 0;  // the last part's linking element, in bytes
  };
  const std::size_t n = word.size();
  std::vector<Best> best(n + 1);
  best[0].reached = true;
  best[0].shortest = n;
  for (std::size_t end = kMinimumPart; end <= n; ++end) {
    if (!is_char_start(word, end)) continue;
    for (std::size_t begin = 0; begin + kMinimumPart <= end; ++begin) {
      if (!best[begin].reached || !is_char_start(word, begin) || (begin == 0 && end == n)) continue;
      const std::string_view piece = word.substr(begin, end - begin);
      std::optional<std::size_t> link;  // bytes of linking element, when accepted
      if (known(piece) || known(capitalize(piece))) {
        link = 0;
      } else if (end < n) {  // modifiers: a linking element, or a verb stem ("Ätz"+"anlagen")
        for (const auto& element : linking_elements)
          if (!link && piece.size() > element.size() + kMinimumPart && piece.ends_with(element)) {
            const std::string_view stem = piece.substr(0, piece.size() - element.size());
            if (known(stem) || known(capitalize(stem))) link = element.size();
          }
        for (const auto& ending : stem_endings)
          if (!link && known(to_lower(piece) + ending)) link = 0;
      }
      if (!link) continue;
      const std::size_t parts = best[begin].parts + 1;
      const std::size_t shortest = std::min(best[begin].shortest, piece.size() - *link);
      Best& slot = best[end];
      if (!slot.reached || parts < slot.parts || (parts == slot.parts && shortest > slot.shortest))
        slot = {true, parts, shortest, begin, *link};
    }
  }
  if (!best[n].reached || best[n].parts < 2) return {};
  std::vector<CompoundPart> result;
  for (std::size_t end = n; end > 0; end = best[end].begin)
    result.push_back({word.substr(best[end].begin, end - best[end].begin), best[end].link});
  std::reverse(result.begin(), result.end());
  return result;
}

std::vector<std::string> Language::split_compound(
    std::string_view word, const std::function<bool(std::string_view)>& known) const {
  std::vector<std::string> result;
  for (const CompoundPart& part : compound_split(word, known)) result.emplace_back(part.stem());
  return result;
}

bool Language::knows_part(std::string_view part) const {
  if (part.size() < kMinimumPart) return false;
  return knows(part) || knows(capitalize(part)) ||
         !split_compound(part, [this](std::string_view piece) { return knows(piece); }).empty();
}

bool Language::knows_modifier(std::string_view word) const {
  if (!compounds) return false;
  if (knows_part(word)) return true;
  for (const auto& element : linking_elements)
    if (word.size() > element.size() + kMinimumPart && word.ends_with(element) &&
        knows_part(word.substr(0, word.size() - element.size())))
      return true;
  const std::string lower = to_lower(word);
  for (const auto& ending : stem_endings)
    if (lower.size() >= kMinimumPart && knows(lower + ending)) return true;
  return false;
}

bool Language::knows_derived(std::string_view word) const {
  const std::string lower = to_lower(word);
  for (const auto& ending : derivations) {
    if (lower.size() < ending.size() + kMinimumPart || !lower.ends_with(ending)) continue;
    const std::string stem = lower.substr(0, lower.size() - ending.size());
    for (const auto& verb_ending : stem_endings)
      if (knows(stem + verb_ending)) return true;
  }
  return false;
}

bool Language::knows_or_compounds(std::string_view word) const {
  if (knows(word)) return true;
  return !split_compound(word, [this](std::string_view part) { return knows(part); }).empty();
}

bool Language::knows_separable_verb(std::string_view word) const {
  for (const auto& prefix : separable_prefixes) {
    if (word.size() < prefix.size() + 4 || !word.starts_with(prefix)) continue;
    std::string_view rest = word.substr(prefix.size());
    // The rest must be a verb form on its own: "locken", "genetzt", "schlugen".
    if (knows(rest)) return true;
    if (rest.starts_with("zu") && rest.size() >= 6 && knows(rest.substr(2))) return true;
  }
  return false;
}

std::vector<std::string> Language::loan_verb_stems(std::string_view word) const {
  std::vector<std::string> stems;
  for (const auto& form : loan_verb_forms) {
    if (word.size() < form.strip.size() + form.add.size() + 3 || !word.starts_with(form.strip) ||
        !word.ends_with(form.add))
      continue;
    stems.emplace_back(
        word.substr(form.strip.size(), word.size() - form.strip.size() - form.add.size()));
  }
  return stems;
}

bool Language::near_known(std::string_view word, const std::function<bool(std::string_view)>& accept) const {
  if (word.size() > kMaxWord) return false;
  const std::u32string letters = to_code_points(word);
  if (letters.size() < 4) return false;
  // The word's own letters and the language's usual ones are enough for substitutions
  // and insertions.
  std::u32string alphabet = U"abcdefghijklmnopqrstuvwxyz";
  for (const char32_t c : to_code_points(to_lower(word)))
    if (alphabet.find(c) == std::u32string::npos) alphabet += c;
  auto known_form = [&](const std::u32string& candidate) {
    const std::string text = to_utf8(candidate);
    return accept ? accept(text) : knows(text);
  };
  for (std::size_t i = 0; i < letters.size(); ++i) {
    std::u32string candidate = letters;
    candidate.erase(i, 1);
    if (known_form(candidate)) return true;
    if (i + 1 < letters.size()) {
      candidate = letters;
      std::swap(candidate[i], candidate[i + 1]);
      if (known_form(candidate)) return true;
    }
  }
  for (std::size_t i = 1; i <= letters.size(); ++i)  // the first letter keeps its case
    for (const char32_t c : alphabet) {
      std::u32string candidate = letters;
      candidate.insert(i, 1, c);
      if (known_form(candidate)) return true;
      if (i < letters.size() && letters[i] != c) {
        candidate = letters;
        candidate[i] = c;
        if (known_form(candidate)) return true;
      }
    }
  return false;
}

Language load_language(const std::string& data_dir, const std::string& code,
                       Role role) {
  Language language;
  language.code = code;
  const std::string folder = data_dir + "/" + code + "/";
  std::vector<std::string> hunspell_names;
  for (const auto& [key, value, where] : read_settings(folder + "language.txt", true)) {
    if (key == "hunspell") {
      const auto names = split_list(value, ' ');
      hunspell_names.insert(hunspell_names.begin(), names.begin(), names.end());
    } else if (key == "inflections") {
      for (const auto& item : split_list(value, ' ')) {
        const auto arrow = item.find('>');
        if (arrow == std::string::npos)
          language.inflections.push_back({"", item});
        else
          language.inflections.push_back({item.substr(0, arrow), item.substr(arrow + 1)});
      }
    } else if (key == "linking") {
      language.linking_elements = split_list(value, ' ');
    } else if (key == "compounds") {
      language.compounds = value == "yes";
    } else if (key == "capitalizes-nouns") {
      language.capitalizes_nouns = value == "yes";
    } else if (key == "stem-endings") {
      language.stem_endings = split_list(value, ' ');
    } else if (key == "derivations") {
      language.derivations = split_list(value, ' ');
    } else if (key == "iso639-3") {
      language.iso639_3 = value;
    } else if (key == "elisions") {
      language.elisions = split_list(value, ' ');
      for (const auto& elision : language.elisions)
        if (elision.size() < 2 || elision.back() != '\'')
          throw InputError(where + "elision '" + elision + "' must end with an apostrophe");
    } else if (key == "ordinal-articles") {
      for (auto& word : split_list(value, ' ')) language.ordinal_articles.insert(std::move(word));
    } else if (key == "length-factor") {
      try {
        language.length_factor = std::stod(value);
      } catch (const std::exception&) {
        language.length_factor = 0;
      }
      if (!(language.length_factor > 0.2 && language.length_factor < 5))
        throw InputError(where + "bad length-factor '" + value + "'");
    } else if (key == "separable-prefixes") {
      language.separable_prefixes = split_list(value, ' ');
    } else if (key == "loan-verb-forms") {
      for (const auto& item : split_list(value, ' ')) {
        const auto plus = item.find('+');
        if (plus == std::string::npos)
          throw InputError(where + "loan-verb form '" + item + "' must be prefix+suffix");
        language.loan_verb_forms.push_back({item.substr(0, plus), item.substr(plus + 1)});
      }
    } else if (key == "numeral-prefix") {
      language.numeral_prefix = value;
    } else {
      throw InputError(where + "unknown key '" + key + "'");
    }
  }
  for (const auto& line : read_data_lines(folder + "abbreviations.txt", true))
    language.abbreviations.insert(line.text);
  for (const auto& line : read_data_lines(folder + "words.txt", true))
    language.extra_words.insert(to_lower(line.text));

  if (role == Role::alignment) return language;
  const std::vector<std::string> regional = installed_regional_dictionaries(code);
  if (hunspell_names.empty()) {  // de_DE, else de
    const std::string main = code + "_" + upper_ascii(code);
    hunspell_names.push_back(std::find(regional.begin(), regional.end(), main) != regional.end() ? main : code);
  }
  // The target is written in one of the language's standard regional spellings, and any
  // of them is right: "colour" and "color", "Strasse" where de_CH is installed. Loading a
  // dictionary costs 40-80 ms, a tenth of a run, so only the spell-checked side gets
  // them; a source's British "Defence" is kept from being a name to copy by the names
  // check's near_known() instead.
  if (role == Role::target)
    hunspell_names.insert(hunspell_names.end(), regional.begin(), regional.end());
  if (!hunspell_names.empty()) language.speller = load_system_speller(hunspell_names);
  return language;
}

}  // namespace tqc
