#include "language/speller.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>
#include <future>
#include <set>

#include "core/error.h"
#include "language/data_file.h"

namespace tqc {

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
    dictionaries_.push_back(loading[i].get());
    // tqc works in UTF-8 throughout; every Debian hunspell-* dictionary declares it.
    if (std::string_view(dictionaries_.back()->get_dic_encoding()) != "UTF-8")
      throw InputError(bases[i] + ".aff: dictionary encoding is not UTF-8");
  }
}

Speller::~Speller() = default;

bool Speller::correct(std::string_view word) const {
  if (word.empty() || word.size() > 100) return false;
  const std::string text(word);
  for (const auto& dictionary : dictionaries_)
    if (dictionary->spell(text)) return true;
  return false;
}

std::vector<std::string> Speller::stems(std::string_view word) const {
  if (word.empty() || word.size() > 100) return {};
  std::vector<std::string> all;
  for (const auto& dictionary : dictionaries_)
    for (auto& stem : dictionary->stem(std::string(word))) all.push_back(std::move(stem));
  return all;
}

std::vector<std::string> Speller::suggest(std::string_view word) const {
  if (word.empty() || word.size() > 100) return {};
  return dictionaries_.front()->suggest(std::string(word));
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
