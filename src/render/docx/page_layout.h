#pragma once

// Page geometry shared by the styles (tab stops), the tables (column widths)
// and the section properties. Twips: 1/20 of a point, 1440 per inch.
namespace vincula::render::docx {

inline constexpr int PAGE_WIDTH = 12240;   // US Letter, 8.5 in
inline constexpr int PAGE_HEIGHT = 15840;  // 11 in
inline constexpr int MARGIN_TOP = 1417;    // 2.5 cm
inline constexpr int MARGIN_BOTTOM = 1417;
inline constexpr int MARGIN_LEFT = 1701;  // 3 cm, as Word's Spanish default
inline constexpr int MARGIN_RIGHT = 1701;
inline constexpr int HEADER_DISTANCE = 708;
inline constexpr int FOOTER_DISTANCE = 708;
inline constexpr int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

}  // namespace vincula::render::docx
