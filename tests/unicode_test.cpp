#include "core/unicode.h"

#include <gtest/gtest.h>

namespace tqc {
namespace {

TEST(Unicode, FoldRemovesCaseAndDiacritics) {
  EXPECT_EQ(fold("Gießerei"), "giesserei");
  EXPECT_EQ(fold("GIESSEREI"), "giesserei");
  EXPECT_EQ(fold("Élysée"), "elysee");
  EXPECT_EQ(fold("ChatGPT"), "chatgpt");
}

TEST(Unicode, CaseHelpers) {
  EXPECT_EQ(to_lower("ÄRGER"), "ärger");
  EXPECT_EQ(capitalize("ätzanlage"), "Ätzanlage");
  EXPECT_EQ(capitalize(""), "");
}

TEST(Unicode, Shapes) {
  EXPECT_TRUE(shape_of("ChatGPT").inner_upper);
  EXPECT_TRUE(shape_of("TSMC").all_upper);
  EXPECT_FALSE(shape_of("Samsung").inner_upper);
  EXPECT_TRUE(shape_of("Samsung").first_upper);
  EXPECT_TRUE(shape_of("A380").has_digit);
  EXPECT_FALSE(shape_of("2015").has_letter);
}

TEST(Unicode, EditDistanceCountsSwapsOnce) {
  EXPECT_EQ(edit_distance("Ultraviolet", "Ultravoilet"), 1u);
  EXPECT_EQ(edit_distance("bandwidth", "bandwidwid"), 3u);
  EXPECT_EQ(edit_distance("Gießerei", "Gieserei"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Unicode, FindsInvalidUtf8) {
  EXPECT_FALSE(find_invalid_utf8("Gießerei").has_value());
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(count_code_points("Gießerei"), 8u);
}

}  // namespace
}  // namespace tqc
