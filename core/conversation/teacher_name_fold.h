#pragma once

#include <QString>

namespace kw::conversation {

/**
 * A teacher's name as the leader's list matches it: Unicode NFKD with every mark, format
 * character and invisible filler dropped (so "Zoë" is "zoe", and "Tom" with a Hangul filler or
 * a zero-width joiner is "tom"), the letters of other scripts that look like Latin ones mapped
 * to those ("Аnna" with a Cyrillic А is "Anna"; Greek, Armenian, Cherokee, Coptic, Lisu and
 * small capitals too), case-folded, and white space trimmed and collapsed to single spaces. Two
 * names that fold equal are one teacher: a preparation under a lookalike name is matched to the
 * teacher on the list (whose key must then fit), never added as a new teacher, and a name is not
 * added by hand twice.
 */
QString foldedTeacherName(const QString& name);

} // namespace kw::conversation
