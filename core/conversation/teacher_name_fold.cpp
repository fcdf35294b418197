#include "conversation/teacher_name_fold.h"

#include <QHash>

namespace kw::conversation {

namespace {

/** Cyrillic and Greek letters drawn like a Latin letter in common fonts, and that letter. */
const QHash<char16_t, char16_t>& lookalikes()
{
    static const QHash<char16_t, char16_t> map {
        // Cyrillic capitals and small letters
        { u'А', u'A' },
        { u'В', u'B' },
        { u'Е', u'E' },
        { u'К', u'K' },
        { u'М', u'M' },
        { u'Н', u'H' },
        { u'О', u'O' },
        { u'Р', u'P' },
        { u'С', u'C' },
        { u'Т', u'T' },
        { u'Х', u'X' },
        { u'У', u'Y' },
        { u'І', u'I' },
        { u'Ј', u'J' },
        { u'Ѕ', u'S' },
        { u'Ԁ', u'D' },
        { u'Ԛ', u'Q' },
        { u'Ԝ', u'W' },
        { u'Ү', u'Y' },
        { u'Ӏ', u'I' },
        { u'а', u'a' },
        { u'в', u'b' },
        { u'е', u'e' },
        { u'к', u'k' },
        { u'м', u'm' },
        { u'н', u'h' },
        { u'о', u'o' },
        { u'р', u'p' },
        { u'с', u'c' },
        { u'т', u't' },
        { u'х', u'x' },
        { u'у', u'y' },
        { u'і', u'i' },
        { u'ј', u'j' },
        { u'ѕ', u's' },
        { u'ԁ', u'd' },
        { u'ԛ', u'q' },
        { u'ԝ', u'w' },
        { u'ү', u'y' },
        { u'ӏ', u'l' },
        { u'ё', u'ë' },
        { u'ї', u'ï' },
        { u'Ё', u'Ë' },
        { u'Ї', u'Ï' },
        // Greek capitals and small letters
        { u'Α', u'A' },
        { u'Β', u'B' },
        { u'Ε', u'E' },
        { u'Ζ', u'Z' },
        { u'Η', u'H' },
        { u'Ι', u'I' },
        { u'Κ', u'K' },
        { u'Μ', u'M' },
        { u'Ν', u'N' },
        { u'Ο', u'O' },
        { u'Ρ', u'P' },
        { u'Τ', u'T' },
        { u'Υ', u'Y' },
        { u'Χ', u'X' },
        { u'α', u'a' },
        { u'ι', u'i' },
        { u'κ', u'k' },
        { u'ν', u'v' },
        { u'ο', u'o' },
        { u'ρ', u'p' },
        { u'υ', u'u' },
        { u'χ', u'x' },
        // Letters of other scripts and Latin extensions drawn like basic Latin ones
        { u'օ', u'o' },
        { u'ս', u'u' },
        { u'ց', u'g' },
        { u'հ', u'h' },
        { u'ո', u'n' },
        { u'ɑ', u'a' },
        { u'ɡ', u'g' },
        { u'ı', u'i' },
        { u'ȷ', u'j' },
        { u'ʟ', u'l' },
        { u'ɪ', u'i' },
        { u'ʀ', u'r' },
        { u'ᴏ', u'o' },
        { u'ᴄ', u'c' },
        { u'ᴠ', u'v' },
        { u'ꓡ', u'L' },
        { u'ꓔ', u'T' },
        { u'ꓮ', u'A' },
        { u'ꓑ', u'P' },
        { u'ꓢ', u'S' },
        { u'ⲟ', u'o' },
        { u'Ⲟ', u'O' },
        { u'Ꭲ', u'T' },
        { u'Ꭺ', u'A' },
        { u'Ꮇ', u'M' },
        { u'Ꭼ', u'E' },
        { u'Ꮋ', u'H' },
        { u'Ꮪ', u'S' },
    };
    return map;
}

/**
 * Characters that draw nothing, or only a mark on the letter before: format characters
 * (zero-width joiners, bidi marks), combining marks (so "é" folds to "e"), and the fillers
 * Unicode lists as default-ignorable or blank although they are letters or symbols.
 */
bool drawsNoLetter(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        break;
    }
    switch (c.unicode()) {
    case 0x115F:
    case 0x1160:
    case 0x3164:
    case 0xFFA0: // Hangul fillers
    case 0x2800: // braille blank
    case 0x17B4:
    case 0x17B5: // Khmer inherent vowels
    case 0x180B:
    case 0x180C:
    case 0x180D:
    case 0x180E:
    case 0x180F: // Mongolian selectors
        return true;
    default:
        return (c.unicode() >= 0xFE00 && c.unicode() <= 0xFE0F) || c.isSurrogate();
    }
}

} // namespace

QString foldedTeacherName(const QString& name)
{
    // Decomposed, so accents become marks that are dropped with the invisible characters.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    const auto& map = lookalikes();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (drawsNoLetter(c))
            continue;
        const auto it = map.constFind(c.unicode());
        out.append(it != map.cend() ? QChar(*it) : c);
    }
    return out.toCaseFolded().simplified();
}

} // namespace kw::conversation
