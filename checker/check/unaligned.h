#pragma once
// omission and addition: a source sentence that the translation leaves out, and a target
// sentence with no source, from the aligner's 1-0 and 0-1 beads, reported only on strong
// evidence. Docs: check/omission.md, check/addition.md

#include "check/check.h"

namespace tqc {

class OmissionCheck : public Check {
 public:
  explicit OmissionCheck(const CheckSetup&) {}
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;
};

class AdditionCheck : public Check {
 public:
  explicit AdditionCheck(const CheckSetup&) {}
  const CheckInfo& info() const override;
  void run(const Bitext& bitext, Reporter& reporter) const override;
};

}  // namespace tqc
