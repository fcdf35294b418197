#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace kw::leader {

/** The path of a file: URL a dialog or a drop gives. */
inline QString localPath(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

/** "woensdag 25 november 2026"; empty for an invalid day. */
inline QString dayLabel(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QString();
}

/** "25 nov. 2026"; empty for an invalid day. */
inline QString shortDayLabel(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace kw::leader
