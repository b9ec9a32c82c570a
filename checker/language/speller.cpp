#include "language/speller.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>
#include <future>

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

std::unique_ptr<Speller> load_system_speller(const std::vector<std::string>& names) {
  std::vector<std::string> folders;
  if (const char* dicpath = std::getenv("DICPATH")) folders = split_list(dicpath, ':');
  folders.push_back("/usr/share/hunspell");
  folders.push_back("/usr/share/myspell");
  std::vector<std::string> bases;
  for (const auto& name : names)
    for (const auto& folder : folders) {
      const std::string base = folder + "/" + name;
      std::error_code error;
      if (std::filesystem::is_regular_file(base + ".aff", error) &&
          std::filesystem::is_regular_file(base + ".dic", error)) {
        bases.push_back(base);
        break;
      }
    }
  if (bases.empty()) return nullptr;
  return std::make_unique<Speller>(bases);
}

}  // namespace tqc
