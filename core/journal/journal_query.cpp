#include "journal/journal_query.h"

#include <QRegularExpression>

namespace kw {

QString ftsQueryFor(const QString& typed)
{
    // Words only: FTS5 operators and quotes a person types must never change the query's meaning.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word :
        typed.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

} // namespace kw
