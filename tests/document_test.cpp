#include "read/document.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace tqc {
namespace {

std::vector<std::string> paragraphs(const Document& document) {
  std::vector<std::string> texts;
  for (const Span& span : document.paragraphs) texts.emplace_back(document.slice(span));
  return texts;
}

TEST(Document, SplitsParagraphsAndSkipsBlankLines) {
  const Document d = make_document("a.txt", "en", "First line.\n\n  Second line. Two.  \n");
  EXPECT_EQ(paragraphs(d), (std::vector<std::string>{"First line.", "Second line. Two."}));
}

TEST(Document, ToleratesByteOrderMarkAndCrLf) {
  const Document d = make_document("a.txt", "de", "\xEF\xBB\xBFTitel\r\nText.\r\n");
  EXPECT_EQ(paragraphs(d), (std::vector<std::string>{"Titel", "Text."}));
  // Offsets stay offsets into the file as read, BOM included.
  EXPECT_EQ(d.paragraphs[0].begin, 3u);
  EXPECT_EQ(d.position(3).line, 1u);
  EXPECT_EQ(d.position(3).column, 1u);
  EXPECT_EQ(d.position(d.paragraphs[1].begin).line, 2u);
}

TEST(Document, ColumnsCountCodePoints) {
  const Document d = make_document("a.txt", "de", "Gießerei und Foundry\n");
  EXPECT_EQ(d.position(std::string_view(d.text).find("und")).column, 10u);
}

TEST(Document, RejectsEmptyBinaryAndInvalidUtf8) {
  EXPECT_THROW(make_document("a.txt", "en", ""), InputError);
  EXPECT_THROW(make_document("a.txt", "en", " \n\n"), InputError);
  EXPECT_THROW(make_document("a.txt", "en", std::string("ab\0cd", 5)), InputError);
  try {
    make_document("a.txt", "en", "ok\nbad \xC3\x28 byte\n");
    FAIL() << "invalid UTF-8 accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), "a.txt:2: not valid UTF-8 (byte offset 7)");
  }
}

TEST(Document, ReadsFilesAndNamesMissingOnes) {
  try {
    read_document("/nonexistent/story.en.txt", "en");
    FAIL() << "missing file accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), "/nonexistent/story.en.txt: cannot open file");
  }
}

TEST(Document, LanguageFromFileName) {
  EXPECT_EQ(language_from_file_name("news/story.de.txt"), "de");
  EXPECT_EQ(language_from_file_name("story.en.txt"), "en");
  EXPECT_EQ(language_from_file_name("story.txt"), "");
  EXPECT_EQ(language_from_file_name("story.German.txt"), "");
  EXPECT_EQ(language_from_file_name("dir.en/story"), "");
}

}  // namespace
}  // namespace tqc
