#include "language/speller.h"

#include <hunspell/hunspell.hxx>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <filesystem>
#include <future>
#include <optional>
#include <set>

#include "core/error.h"
#include "language/data_file.h"

namespace tqc {

// One Hunspell dictionary and its encoding: words are converted to it and back.
struct Speller::Dictionary {
  std::unique_ptr<Hunspell> hunspell;
  std::string encoding;  // empty for UTF-8

  // The word in the dictionary's encoding; nullopt when that cannot write it (then no
  // word of the dictionary is it).
  std::optional<std::string> in(std::string_view word) const {
    if (encoding.empty()) return std::string(word);
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    std::string bytes(static_cast<std::size_t>(text.extract(0, text.length(), nullptr, 0, encoding.c_str())), '\0');
    text.extract(0, text.length(), bytes.data(), static_cast<uint32_t>(bytes.size()), encoding.c_str());
    if (out(bytes) != word) return std::nullopt;  // a character the encoding lacks
    return bytes;
  }
  std::string out(const std::string& bytes) const {
    if (encoding.empty()) return bytes;
    std::string utf8;
    icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str()).toUTF8String(utf8);
    return utf8;
  }
};

Speller::Speller(const std::vector<std::string>& bases) {
  for (const auto& base : bases)
    for (const auto& path : {base + ".aff", base + ".dic"}) {
      std::error_code error;
      if (!std::filesystem::is_regular_file(path, error))
        throw InputError(path + ": Hunspell dictionary file not found");
    }
  std::vector<std::future<std::unique_ptr<Hunspell>>> loading;
  for (const auto& base : bases)
    loading.push_back(std::async(std::launch::async, [base] {
      return std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
    }));
  for (std::size_t i = 0; i < bases.size(); ++i) {
    auto dictionary = std::make_unique<Dictionary>();
    dictionary->hunspell = loading[i].get();
    const std::string encoding = dictionary->hunspell->get_dic_encoding();
    if (encoding != "UTF-8") {
      UErrorCode status = U_ZERO_ERROR;
      UConverter* converter = ucnv_open(encoding.c_str(), &status);
      if (U_FAILURE(status)) throw InputError(bases[i] + ".aff: unknown dictionary encoding '" + encoding + "'");
      ucnv_close(converter);
      dictionary->encoding = encoding;
    }
    dictionaries_.push_back(std::move(dictionary));
  }
}

Speller::~Speller() = default;

bool Speller::correct(std::string_view word) const {
  if (word.empty() || word.size() > 100) return false;
  for (const auto& dictionary : dictionaries_)
    if (const auto text = dictionary->in(word); text && dictionary->hunspell->spell(*text)) return true;
  return false;
}

std::vector<std::string> Speller::stems(std::string_view word) const {
  if (word.empty() || word.size() > 100) return {};
  std::vector<std::string> all;
  for (const auto& dictionary : dictionaries_)
    if (const auto text = dictionary->in(word))
      for (const auto& stem : dictionary->hunspell->stem(*text)) all.push_back(dictionary->out(stem));
  return all;
}

std::vector<std::string> Speller::suggest(std::string_view word) const {
  if (word.empty() || word.size() > 100) return {};
  const Dictionary& dictionary = *dictionaries_.front();
  const auto text = dictionary.in(word);
  if (!text) return {};
  std::vector<std::string> suggestions;
  for (const auto& suggestion : dictionary.hunspell->suggest(*text)) suggestions.push_back(dictionary.out(suggestion));
  return suggestions;
}

namespace {

std::vector<std::string> dictionary_folders() {
  std::vector<std::string> folders;
  if (const char* dicpath = std::getenv("DICPATH")) folders = split_list(dicpath, ':');
  folders.push_back("/usr/share/hunspell");
  folders.push_back("/usr/share/myspell");
  return folders;
}

}  // namespace

std::unique_ptr<Speller> load_system_speller(const std::vector<std::string>& names) {
  const std::vector<std::string> folders = dictionary_folders();
  std::vector<std::string> bases;
  std::set<std::filesystem::path> loaded;  // each dictionary file once: loading costs 40-80 ms
  for (const auto& name : names)
    for (const auto& folder : folders) {
      const std::string base = folder + "/" + name;
      std::error_code error;
      if (std::filesystem::is_regular_file(base + ".aff", error) &&
          std::filesystem::is_regular_file(base + ".dic", error)) {
        const auto file = std::filesystem::canonical(base + ".dic", error);
        if (error || loaded.insert(file).second) bases.push_back(base);
        break;
      }
    }
  if (bases.empty()) return nullptr;
  return std::make_unique<Speller>(bases);
}

std::vector<std::string> installed_regional_dictionaries(const std::string& code) {
  std::set<std::string> names;
  const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (const auto& folder : dictionary_folders()) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      const std::string file = entry.path().filename().string();
      // <code>_<REGION>.dic: "en_GB.dic", not "en_GB-large.dic" or "de_DE_frami.dic".
      if (file.size() == code.size() + 7 && file.starts_with(code + "_") && file.ends_with(".dic") &&
          is_upper(file[code.size() + 1]) && is_upper(file[code.size() + 2]))
        names.insert(file.substr(0, code.size() + 3));
    }
  }
  return {names.begin(), names.end()};
}

}  // namespace tqc
