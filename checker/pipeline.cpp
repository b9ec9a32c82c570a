#include "pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <future>

#include "align/aligner.h"
#include "segment/segmenter.h"

namespace tqc {

std::pair<Language, Language> load_languages(const std::string& data_dir, const std::string& source,
                                             const std::string& target, bool spelling) {
  auto source_language = std::async(std::launch::async, [&] {
    return load_language(data_dir, source, spelling ? Role::source : Role::alignment);
  });
  Language target_language = load_language(data_dir, target, spelling ? Role::target : Role::alignment);
  return {source_language.get(), std::move(target_language)};
}

Bitext make_bitext(const Document& source, const Document& target, const Language& source_language,
                   const Language& target_language, Segmentation segmentation, const Lexicon* lexicon) {
  const Segmenter source_segmenter(source_language);
  const Segmenter target_segmenter(target_language);
  const bool lines = segmentation == Segmentation::lines;
  Bitext bitext{{source, source_language, lines ? source_segmenter.lines(source) : source_segmenter.sentences(source)},
                {target, target_language, lines ? target_segmenter.lines(target) : target_segmenter.sentences(target)},
                {}};
  bitext.beads = align_sentences({source.text, bitext.source.sentences}, {target.text, bitext.target.sentences},
                                 {target_language.length_factor / source_language.length_factor, lexicon, &source_language});
  return bitext;
}

Lexicon load_pair_lexicon(const Language& source, const Language& target) {
  if (source.iso639_3.empty() || target.iso639_3.empty()) return {};
  return load_lexicon(source.iso639_3, target.iso639_3);
}

std::string find_data_dir(const std::string& executable_path) {
  namespace fs = std::filesystem;
  std::error_code error;
  auto usable = [&](const fs::path& dir) { return fs::is_directory(dir, error); };
  if (const char* env = std::getenv("TQC_DATA"); env && *env) return env;
  fs::path executable = fs::canonical(fs::path(executable_path), error);
  if (error) executable = fs::canonical("/proc/self/exe", error);
  if (!error) {
    const fs::path bin = executable.parent_path();
    for (const fs::path& candidate : {bin / "../share/tqc/dictionaries", bin / "../dictionaries"})
      if (usable(candidate)) return fs::canonical(candidate, error).string();
  }
#ifdef TQC_SOURCE_DATA_DIR
  if (usable(TQC_SOURCE_DATA_DIR)) return TQC_SOURCE_DATA_DIR;
#endif
  return {};
}

}  // namespace tqc
