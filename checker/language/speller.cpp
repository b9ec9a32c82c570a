#include "language/speller.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "language/data_file.h"

namespace tqc {

Speller::Speller(const std::string& aff_path, const std::string& dic_path) {
  for (const auto& path : {aff_path, dic_path}) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
      throw InputError(path + ": Hunspell dictionary file not found");
  }
  hunspell_ = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());
  // tqc works in UTF-8 throughout; every Debian hunspell-* dictionary declares it.
  if (std::string_view(hunspell_->get_dic_encoding()) != "UTF-8")
    throw InputError(aff_path + ": dictionary encoding is not UTF-8");
}

Speller::~Speller() = default;

bool Speller::correct(std::string_view word) const {
  if (word.empty() || word.size() > 100) return false;
  return hunspell_->spell(std::string(word));
}

std::vector<std::string> Speller::suggest(std::string_view word) const {
  if (word.empty() || word.size() > 100) return {};
  return hunspell_->suggest(std::string(word));
}

std::unique_ptr<Speller> load_system_speller(const std::string& name) {
  std::vector<std::string> folders;
  if (const char* dicpath = std::getenv("DICPATH")) folders = split_list(dicpath, ':');
  folders.push_back("/usr/share/hunspell");
  folders.push_back("/usr/share/myspell");
  for (const auto& folder : folders) {
    const std::string base = folder + "/" + name;
    std::error_code error;
    if (std::filesystem::is_regular_file(base + ".aff", error) &&
        std::filesystem::is_regular_file(base + ".dic", error))
      return std::make_unique<Speller>(base + ".aff", base + ".dic");
  }
  return nullptr;
}

}  // namespace tqc
