// The tqc command. The only file that includes CLI11 (its header is slow to compile).

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "check/check.h"
#include "core/error.h"
#include "pipeline.h"
#include "report/report.h"

namespace {

using namespace tqc;

struct PairOptions {
  std::string source_path, target_path;
  std::string source_language, target_language;
  std::string data_dir;
  bool presegmented = false;
  std::string output;
  std::vector<std::string> glossaries;  // check only
};

void add_pair_options(CLI::App& command, PairOptions& options) {
  command.add_option("SOURCE", options.source_path, "source article (UTF-8, one paragraph per line)")
      ->required();
  command.add_option("TARGET", options.target_path, "its translation")->required();
  command.add_option("--src-lang", options.source_language,
                     "source language (default: from the file name, story.en.txt)");
  command.add_option("--tgt-lang", options.target_language,
                     "target language (default: from the file name, story.de.txt)");
  command.add_flag("--presegmented", options.presegmented, "each input line is one sentence");
  command.add_option("--data", options.data_dir, "the dictionaries/ folder (default: found beside tqc)");
  command.add_option("-o,--output", options.output, "write the report to FILE (replaced whole, never half-written)");
}

std::string language_of(const std::string& given, const std::string& path, const char* option) {
  if (!given.empty()) {
    // A language code names folders in dictionaries/: letters only, "de" or "gsw".
    const bool letters = std::all_of(given.begin(), given.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!letters || given.size() < 2 || given.size() > 3)
      throw InputError(std::string(option) + ": '" + given + "' is not a language code such as 'en' or 'de'");
    return given;
  }
  std::string code = language_from_file_name(path);
  if (code.empty())
    throw InputError(path + ": cannot tell the language from the file name; use " + option);
  return code;
}

// Writes `content` to `path`. A regular file (or a new one) is written through a
// temporary file and a rename, so a reader never sees it half-written; anything else
// (/dev/stdout, a pipe) is written in place. "-" or empty is standard output.
void write_output(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  if (path.empty() || path == "-") {
    std::cout << content << std::flush;
    if (!std::cout) throw InputError("standard output: cannot write report");
    return;
  }
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    std::ofstream out(path, std::ios::binary);
    out << content << std::flush;
    if (!out) throw InputError(path + ": cannot write report: " + std::strerror(errno));
    return;
  }
  // Write beside the file the link points to, so the rename keeps the link.
  const fs::path target = fs::is_symlink(fs::symlink_status(path, error)) ? fs::canonical(path, error) : fs::path(path);
  const std::string final_path = target.string();
  const std::string temporary = final_path + ".tqc-" + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) {
      const std::string reason = std::strerror(errno);
      std::remove(temporary.c_str());
      throw InputError(path + ": cannot write report: " + reason);
    }
  }
  if (std::rename(temporary.c_str(), final_path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    throw InputError(path + ": cannot write report: " + reason);
  }
}

// Inputs are never modified: refuse a report path that is one of them.
void check_output_is_not_input(const std::string& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  if (output.empty() || output == "-") return;
  std::error_code error;
  for (const auto& input : inputs)
    if (fs::equivalent(output, input, error))
      throw InputError(output + ": is an input file; the report would replace it");
}

struct Loaded {
  Document source, target;
  std::pair<Language, Language> languages;
  std::string data_dir;
};

// `spelling`: load Hunspell dictionaries (checking needs them, aligning does not).
Loaded load(const PairOptions& options, const char* argv0, bool spelling) {
  const std::string source_language = language_of(options.source_language, options.source_path, "--src-lang");
  const std::string target_language = language_of(options.target_language, options.target_path, "--tgt-lang");
  std::string data_dir = options.data_dir.empty() ? find_data_dir(argv0) : options.data_dir;
  if (data_dir.empty() || !std::filesystem::is_directory(data_dir))
    throw InputError((data_dir.empty() ? std::string("dictionaries") : data_dir) +
                     ": data folder not found; use --data or TQC_DATA");
  check_output_is_not_input(options.output, {options.source_path, options.target_path});
  Document source = read_document(options.source_path, source_language);
  Document target = read_document(options.target_path, target_language);
  auto languages = load_languages(data_dir, source_language, target_language, spelling);
  for (const Language* language : {&languages.first, &languages.second})
    if (spelling && !language->speller)
      std::cerr << "tqc: warning: no Hunspell dictionary for '" << language->code
                << "' is installed; spelling checks for it are off\n";
  return {std::move(source), std::move(target), std::move(languages), std::move(data_dir)};
}

// A status line on standard error while a long text is worked on: only at a terminal,
// only for texts of a book's size (an article takes a fraction of a second), and cleared
// before anything else is written.
class Progress {
 public:
  explicit Progress(const Loaded& loaded)
      : shown_(::isatty(STDERR_FILENO) && loaded.source.text.size() + loaded.target.text.size() >= kLongText) {}
  ~Progress() { clear(); }
  void show(const std::string& what) const {
    if (!shown_) return;
    std::cerr << "\r\033[Ktqc: " << what << "..." << std::flush;
    visible_ = true;
  }
  void clear() const {
    if (visible_) std::cerr << "\r\033[K" << std::flush;
    visible_ = false;
  }

 private:
  static constexpr std::size_t kLongText = 200'000;  // bytes, both sides
  bool shown_;
  mutable bool visible_ = false;
};

int run_check(const PairOptions& options, const std::string& format, const std::string& fail_on,
              const std::string& colour, const char* argv0) {
  std::optional<Severity> threshold;
  if (fail_on != "none") threshold = parse_severity(fail_on);
  // Never destroyed: freeing Hunspell's tables costs a tenth of a run, and the process
  // is about to end anyway.
  const Loaded& loaded = *new Loaded(load(options, argv0, true));
  const auto checks =
      make_checks({loaded.data_dir, loaded.source.language, loaded.target.language, options.glossaries});
  const Progress progress(loaded);
  progress.show("segmenting and aligning");
  const Bitext bitext = make_bitext(loaded.source, loaded.target, loaded.languages.first,
                                    loaded.languages.second,
                                    options.presegmented ? Segmentation::lines : Segmentation::sentences);
  for (const BitextSide* side : {&bitext.source, &bitext.target})
    if (side->sentences.empty()) throw InputError(side->document.path + ": no sentences to check");
  const std::vector<Finding> findings =
      run_checks(checks, bitext, [&](const Check& check, std::size_t k, std::size_t count) {
        progress.show("checking " + std::to_string(bitext.target.sentences.size()) + " sentences: " +
                      std::string(check.info().id) + " (" + std::to_string(k + 1) + "/" + std::to_string(count) + ")");
      });
  progress.clear();
  std::ostringstream report;
  if (format == "json") {
    write_json_report(report, bitext, findings);
  } else {
    const bool to_terminal = (options.output.empty() || options.output == "-") && ::isatty(STDOUT_FILENO);
    const bool use_colour = colour == "always" || (colour == "auto" && to_terminal && !std::getenv("NO_COLOR"));
    write_text_report(report, bitext, findings, {use_colour});
  }
  write_output(options.output, report.str());
  if (!threshold) return 0;
  for (const Finding& finding : findings)
    if (finding.severity >= *threshold) return 1;
  return 0;
}

int run_align(const PairOptions& options, bool scores, const char* argv0) {
  const Loaded& loaded = *new Loaded(load(options, argv0, false));  // never destroyed: see run_check
  const Progress progress(loaded);
  progress.show("reading the bilingual dictionary");
  const Lexicon& lexicon = *new Lexicon(load_pair_lexicon(loaded.languages.first, loaded.languages.second));
  progress.show("segmenting and aligning");
  const Bitext bitext = make_bitext(loaded.source, loaded.target, loaded.languages.first,
                                    loaded.languages.second,
                                    options.presegmented ? Segmentation::lines : Segmentation::sentences,
                                    &lexicon);
  progress.clear();
  std::ostringstream out;
  write_beads(out, bitext.beads, scores);
  write_output(options.output, out.str());
  return 0;
}

int run_list_checks(const std::string& data_dir, const char* argv0) {
  const std::string dir = data_dir.empty() ? find_data_dir(argv0) : data_dir;
  for (const auto& check : make_checks({dir, "en", "de", {}})) {
    const CheckInfo& info = check->info();
    std::cout << info.id << "\t" << info.category << "\t" << to_string(info.severity) << "\t"
              << info.summary << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tqc: checks a translated news article against its source"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("tqc ") + TQC_VERSION);

  PairOptions check_options;
  std::string format = "text", fail_on = "major", colour = "auto";
  CLI::App* check = app.add_subcommand("check", "review a translation: segment, align, check, report");
  add_pair_options(*check, check_options);
  check->add_option("--glossary", check_options.glossaries,
                    "terminology to enforce: a TBX (v2 or v3), TSV or CSV file; repeatable")
      ->allow_extra_args(false);
  check->add_option("--format", format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  check->add_option("--fail-on", fail_on, "exit 1 when a finding is this severe or worse: minor, major (default), critical, none")
      ->check(CLI::IsMember({"minor", "major", "critical", "none"}));
  check->add_option("--colour,--color", colour, "auto (default), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  PairOptions align_options;
  bool scores = false;
  CLI::App* align = app.add_subcommand("align", "print the sentence alignment, one bead per line: [0, 1]:[2]");
  add_pair_options(*align, align_options);
  align->add_flag("--scores", scores, "append each bead's cost: [0]:[0]:0.412");

  std::string list_data_dir;
  CLI::App* list = app.add_subcommand("checks", "list the checks: id, ITS issue type, severity, summary");
  list->add_option("--data", list_data_dir, "the dictionaries/ folder");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  try {
    if (check->parsed()) return run_check(check_options, format, fail_on, colour, argv[0]);
    if (align->parsed()) return run_align(align_options, scores, argv[0]);
    if (list->parsed()) return run_list_checks(list_data_dir, argv[0]);
  } catch (const InputError& error) {
    std::cerr << "tqc: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    // A bug, not bad input: exit 3, which the README documents.
    std::cerr << "tqc: internal error: " << error.what() << "\n";
    return 3;
  }
  return 2;
}
