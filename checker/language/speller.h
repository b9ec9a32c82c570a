#pragma once
// Hunspell behind a small boundary: loading throws InputError, checking never throws.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace tqc {

class Speller {
 public:
  Speller(const std::string& aff_path, const std::string& dic_path);
  ~Speller();
  Speller(const Speller&) = delete;
  Speller& operator=(const Speller&) = delete;

  bool correct(std::string_view word) const;
  // Hunspell's suggestions; slow (tens of milliseconds), so callers ration it.
  std::vector<std::string> suggest(std::string_view word) const;

 private:
  std::unique_ptr<Hunspell> hunspell_;
};

// Finds <dir>/<name>.aff and .dic in $DICPATH and the system's Hunspell folders;
// returns nullptr when the dictionary is not installed.
std::unique_ptr<Speller> load_system_speller(const std::string& name);

}  // namespace tqc
