#pragma once
// dates: the weekdays and months named in the aligned source are the ones named in the
// target ("on Friday" = "am Freitag", also inside a compound: "Freitagabend"), by ICU's
// DateFormatSymbols for each locale; ambiguous names ("May", "March") from
// dictionaries/<lang>/dates.txt. Doc: check/dates.md

#include <memory>

#include "check/check.h"

namespace tqc {

class DatesCheck : public Check {
 public:
  explicit DatesCheck(const CheckSetup& setup);
  ~DatesCheck() override;
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;

  // The weekday and month names of one locale, built once per check in dates.cpp.
  struct Names;

 private:
  std::unique_ptr<const Names> source_;
  std::unique_ptr<const Names> target_;
};

}  // namespace tqc
