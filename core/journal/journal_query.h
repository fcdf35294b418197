#pragma once

#include <QDate>
#include <QStringList>

namespace kw {

/** Which reflections to list: all filters combine (AND); several kernwaarden match any of them. */
struct JournalQuery
{
    QString search; ///< words as the user typed them; each word matches as a prefix
    QStringList valueIds; ///< empty: every kernwaarde
    QDate from; ///< inclusive; invalid: no lower bound
    QDate to; ///< inclusive; invalid: no upper bound
    int offset = 0;
    int limit = -1; ///< -1: no limit
};

/** Turns what a person typed into a safe FTS5 query ("ouders gesprek" → "ouders"* "gesprek"*). */
QString ftsQueryFor(const QString& typed);

} // namespace kw
