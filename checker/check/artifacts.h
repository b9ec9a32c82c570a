#pragma once
// artifacts: markup and scraping debris in the target that the source does not have.
// Doc: check/artifacts.md

#include <memory>
#include <string>
#include <vector>

#include "check/check.h"
#include "core/regex.h"


namespace tqc {

class ArtifactsCheck : public Check {
 public:
  explicit ArtifactsCheck(const CheckSetup& setup);
  ~ArtifactsCheck() override;
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

 private:
  struct Pattern {
    std::string id;
    Regex regex;
    std::string message;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace tqc
