#pragma once
// Hunspell behind a small boundary: loading throws InputError, checking never throws.
// A Speller may hold several dictionaries of one language (en_US and en_GB): a word is
// correct if any of them accepts it. Words go in and come out as UTF-8 whatever the
// dictionary's encoding (the frami dictionaries are ISO-8859-1).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace tqc {

class Speller {
 public:
  // Each base path names <base>.aff and <base>.dic. The dictionaries load in parallel.
  explicit Speller(const std::vector<std::string>& bases);
  ~Speller();
  Speller(const Speller&) = delete;
  Speller& operator=(const Speller&) = delete;

  bool correct(std::string_view word) const;
  // Hunspell's stems of a word ("Gießereien" -> "Gießerei", "Häuser" -> "Haus"), from
  // any of the dictionaries; empty when none knows the word.
  std::vector<std::string> stems(std::string_view word) const;
  // Hunspell's suggestions; slow (tens of milliseconds), so callers ration it.
  std::vector<std::string> suggest(std::string_view word) const;

 private:
  struct Dictionary;
  std::vector<std::unique_ptr<Dictionary>> dictionaries_;
};

// Finds <dir>/<name>.aff and .dic for each name in $DICPATH and the system's Hunspell
// folders; names that are not installed are left out, and so are names of a dictionary
// already found (Debian links de_BE to de_DE); nullptr means none is installed.
std::unique_ptr<Speller> load_system_speller(const std::vector<std::string>& names);

// The names of the installed regional dictionaries of a language, <code>_<REGION>
// ("en_GB", "en_US" for "en"), in the same folders, sorted.
std::vector<std::string> installed_regional_dictionaries(const std::string& code);

}  // namespace tqc
