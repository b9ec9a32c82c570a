#pragma once
// The pipeline, end to end: read -> segment -> align -> check -> report. The command line
// and the tests both go through here.

#include <string>
#include <utility>

#include "align/lexicon.h"
#include "check/bitext.h"
#include "language/language.h"
#include "read/document.h"

namespace tqc {

// Loads both languages; the two Hunspell dictionaries load in parallel, as loading is
// most of a short run's time.
// `spelling`: with Hunspell dictionaries (checking needs them, aligning does not).
std::pair<Language, Language> load_languages(const std::string& data_dir, const std::string& source,
                                             const std::string& target, bool spelling = true);

enum class Segmentation {
  sentences,  // split paragraphs into sentences
  lines,      // each line is one sentence already
};

// Segments and aligns a document pair, with word translations from `lexicon` where given.
// The Bitext refers to its arguments.
Bitext make_bitext(const Document& source, const Document& target, const Language& source_language,
                   const Language& target_language, Segmentation segmentation,
                   const Lexicon* lexicon = nullptr);

// The installed bilingual dictionaries for the pair (see load_lexicon); empty if none.
Lexicon load_pair_lexicon(const Language& source, const Language& target);

// The dictionaries/ folder: $TQC_DATA, else beside the executable
// (../share/tqc/dictionaries when installed, ../dictionaries in a build tree), else the
// source tree's. Empty if none exists.
std::string find_data_dir(const std::string& executable_path);

}  // namespace tqc
