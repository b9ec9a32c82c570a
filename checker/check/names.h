#pragma once
// names: names, brands and acronyms of the aligned source reappear in the target as
// written ("ChatGPT", not "chatgpt"; "SK hynix", not "SK Hynix"), or as a known rendering
// from dictionaries/<source>-<target>/renderings.tsv (AI -> KI). Doc: check/names.md

#include <string>
#include <unordered_map>
#include <vector>

#include "check/check.h"

namespace tqc {

class NamesCheck : public Check {
 public:
  explicit NamesCheck(const CheckSetup& setup);
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  // name_key(source form) -> name keys of its renderings
  std::unordered_map<std::string, std::vector<std::string>> renderings_;
};

// Case-folded, without diacritics or periods: "U.S." and "US" share the key "us".
std::string name_key(std::string_view word);

}  // namespace tqc
