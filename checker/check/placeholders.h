#pragma once
// placeholders: the tags, entities, {placeholders}, %s-style codes, variables, URLs and
// e-mail addresses of each source bead are in its target bead as written, and no
// placeholder, URL or e-mail address is added. Patterns: dictionaries/placeholders.tsv.
// Doc: check/placeholders.md

#include <memory>
#include <string>
#include <vector>

#include "check/check.h"

#include "core/regex.h"


namespace tqc {

class PlaceholdersCheck : public Check {
 public:
  explicit PlaceholdersCheck(const CheckSetup& setup);
  ~PlaceholdersCheck() override;
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  struct Pattern {
    std::string id;
    Regex regex;
    std::string description;
    // Whether one in the target without a source counterpart is reported here; tags and
    // entities the source lacks are the artifacts check's.
    bool report_added = false;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace tqc
