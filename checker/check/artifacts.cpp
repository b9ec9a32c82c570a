#include "check/artifacts.h"

#include "core/error.h"
#include "core/regex.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"artifacts", "markup", Severity::major,
                      "markup and scraping leftovers that the source does not have"};

}  // namespace

ArtifactsCheck::ArtifactsCheck(const CheckSetup& setup) {
  const std::string path = setup.data_dir + "/artifacts.tsv";
  for (const auto& line : read_data_lines(path, false)) {
    const auto fields = split_list(line.text, '\t');
    const std::string where = path + ":" + std::to_string(line.number) + ": ";
    if (fields.size() != 3) throw InputError(where + "expected id, regex and message, tab-separated");
    patterns_.push_back({fields[0], Regex(fields[1], true, where), fields[2]});
  }
}

ArtifactsCheck::~ArtifactsCheck() = default;

const CheckInfo& ArtifactsCheck::info() const { return kInfo; }

void ArtifactsCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const std::string_view source_text = bitext.source.document.text;
  for (const Bead& bead : bitext.beads) {
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
      const Span sentence = bitext.target.sentences[t].span;
      const std::string_view text = bitext.target.text(sentence);
      std::vector<Span> reported;
      for (const auto& pattern : patterns_) {
        for (Span local : pattern.regex.find_all(text)) {
          const Span span{sentence.begin + local.begin, sentence.begin + local.end};
          bool seen = false;
          for (const Span& other : reported) seen = seen || other.overlaps(span);
          if (seen) continue;
          // Debris copied from the source is the source's problem, not the translation's.
          const std::string_view found = slice(text, local);
          if (source_text.find(found) != std::string_view::npos) continue;
          reported.push_back(span);
          // Debris has no counterpart in the source.
          reporter.report(span, std::nullopt, pattern.message + ": '" + std::string(found) + "'", {""});
        }
      }
    }
  }
}

}  // namespace tqc
