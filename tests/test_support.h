#pragma once
// Builds small aligned article pairs from strings, with the project's own data, so that
// check tests read like their examples.

#include <memory>
#include <string>
#include <vector>

#include "check/check.h"
#include "core/finding.h"
#include "language/language.h"
#include "read/document.h"

namespace tqc::testing {

// The language, loaded once per test process from dictionaries/.
const Language& language(const std::string& code);

std::string data_dir();

struct TestPair {
  Document source;
  Document target;
  std::unique_ptr<Bitext> bitext;
};

// Source and target text, one paragraph per line; sentences are segmented and aligned.
std::unique_ptr<TestPair> make_pair(const std::string& source, const std::string& target,
                                    const std::string& source_language = "en",
                                    const std::string& target_language = "de");

std::vector<Finding> run(const Check& check, const TestPair& pair);

// The flagged target texts of `findings`, in order.
std::vector<std::string> flagged(const TestPair& pair, const std::vector<Finding>& findings);

}  // namespace tqc::testing
