#include "align/lexicon.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

// Removes Ding's and FreeDict's annotations: {n}, [ugs.], (des Bodenprofils), <n, sg>, /ipa/.
std::string strip_annotations(std::string_view text) {
  if (text.find_first_of("{[(<}])>") == std::string_view::npos) return trim(std::string(text));
  std::string out;
  out.reserve(text.size());
  int depth = 0;
  for (const char c : text) {
    if (c == '{' || c == '[' || c == '(' || c == '<') ++depth;
    else if (c == '}' || c == ']' || c == ')' || c == '>') depth = std::max(0, depth - 1);
    else if (depth == 0) out += c;
  }
  return trim(out);
}

bool single_word(const std::string& phrase) {
  return !phrase.empty() && phrase.find(' ') == std::string::npos && phrase.size() < 40;
}

// The word a Ding phrase stands for: English verbs come as "to stay", and inflected forms
// with their pronouns, "er/sie bleibt" :: "he/she stays", "ich/er/sie blieb" :: "I/he/she stayed".
std::string ding_word(std::string_view phrase) {
  std::string text = strip_annotations(phrase);
  std::string_view rest = text;
  while (true) {
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) break;
    const std::string_view first = rest.substr(0, space);
    if (first != "to" && first.find('/') == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return std::string(rest);
}

std::vector<std::string_view> split_on(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + separator.size();
  }
  return parts;
}

// dictd's base64 numbers: offsets and lengths in the .index file.
std::size_t decode_dictd_number(std::string_view text) {
  static constexpr std::string_view kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t value = 0;
  for (const char c : text) {
    const auto digit = kDigits.find(c);
    if (digit == std::string_view::npos) return std::string::npos;
    value = value * 64 + digit;
  }
  return value;
}

std::string gunzip_file(const std::string& path) {
  std::string data;
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return data;
  char buffer[1 << 16];
  int read = 0;
  while ((read = gzread(file, buffer, sizeof buffer)) > 0) data.append(buffer, static_cast<std::size_t>(read));
  gzclose(file);
  return data;
}

void load_ding(const std::string& path, bool german_first, Lexicon& lexicon) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    add_ding_line(line, german_first, lexicon);
  }
}

void load_freedict(const std::string& index_path, const std::string& dict_path, bool reversed, Lexicon& lexicon) {
  std::ifstream index(index_path, std::ios::binary);
  if (!index) return;
  const std::string data = gunzip_file(dict_path);
  if (data.empty()) return;
  std::string line;
  while (std::getline(index, line)) {
    const auto fields = split_on(line, "\t");
    if (fields.size() < 3 || fields[0].starts_with("00database")) continue;
    const std::size_t offset = decode_dictd_number(fields[1]), length = decode_dictd_number(fields[2]);
    if (offset == std::string::npos || length == std::string::npos || offset + length > data.size()) continue;
    add_freedict_article(fields[0], std::string_view(data).substr(offset, length), reversed, lexicon);
  }
}

}  // namespace

void Lexicon::add(const std::string& source, const std::string& target) { add(source, std::span(&target, 1)); }

void Lexicon::add(const std::string& source, std::span<const std::string> targets) {
  if (targets.empty()) return;
  auto& known = entries_[source];
  for (const std::string& target : targets)
    if (std::find(known.begin(), known.end(), target) == known.end()) known.push_back(target);
}

const std::vector<std::string>* Lexicon::translations(std::string_view source) const {
  const auto it = entries_.find(source);
  return it == entries_.end() ? nullptr : &it->second;
}

void add_ding_line(std::string_view line, bool german_first, Lexicon& lexicon) {
  const auto sides = split_on(line, " :: ");
  if (sides.size() != 2) return;
  const auto german = split_on(sides[0], " | ");
  const auto english = split_on(sides[1], " | ");
  if (german.size() != english.size()) return;
  // The single words of one "; "-separated group, folded.
  auto words_of = [](std::string_view group) {
    std::vector<std::string> words;
    for (const auto phrase : split_on(group, "; "))
      if (std::string word = ding_word(phrase); single_word(word)) words.push_back(fold(word));
    return words;
  };
  for (std::size_t k = 0; k < german.size(); ++k) {
    const std::vector<std::string> german_words = words_of(german[k]);
    if (german_words.empty()) continue;
    const std::vector<std::string> english_words = words_of(english[k]);
    for (const std::string& word : german_first ? german_words : english_words)
      lexicon.add(word, german_first ? english_words : german_words);
  }
}

void add_freedict_article(std::string_view headword, std::string_view article, bool reversed, Lexicon& lexicon) {
  const std::string source = fold(headword);
  if (source.find(' ') != std::string::npos) return;
  const auto lines = split_on(article, "\n");
  // Line 0 is the head ("Haus /haʊs/ <n>"); translations follow, short; definitions and
  // examples are long sentences.
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string text = strip_annotations(lines[i]);
    if (text.empty() || std::count(text.begin(), text.end(), ' ') > 3) continue;
    for (const auto part : split_on(text, ", ")) {
      std::string word = trim(std::string(part));
      // "mètre 2." carries a sense number.
      if (const auto space = word.find(' '); space != std::string::npos && std::isdigit(static_cast<unsigned char>(word[space + 1])))
        word.resize(space);
      if (!single_word(word)) continue;
      if (reversed) lexicon.add(fold(word), source);
      else lexicon.add(source, fold(word));
    }
  }
}

Lexicon load_lexicon(const std::string& source_iso3, const std::string& target_iso3, const std::string& share_dir) {
  Lexicon lexicon;
  std::error_code error;
  const std::string ding = share_dir + "/trans/de-en";
  if (source_iso3 == "deu" && target_iso3 == "eng" && std::filesystem::exists(ding, error)) load_ding(ding, true, lexicon);
  if (source_iso3 == "eng" && target_iso3 == "deu" && std::filesystem::exists(ding, error)) load_ding(ding, false, lexicon);
  // Ding is the better German-English list, and FreeDict's is ten times slower to read.
  if (lexicon.size() > 0) return lexicon;
  const std::string forward = share_dir + "/dictd/freedict-" + source_iso3 + "-" + target_iso3;
  load_freedict(forward + ".index", forward + ".dict.dz", false, lexicon);
  const std::string backward = share_dir + "/dictd/freedict-" + target_iso3 + "-" + source_iso3;
  load_freedict(backward + ".index", backward + ".dict.dz", true, lexicon);
  return lexicon;
}

}  // namespace tqc
