#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <algorithm>

namespace kw::bench {

/** A "--name N" option for how many times to do something. */
inline QCommandLineOption countOption(const char* name, const char* description, int defaultValue)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
        QStringLiteral("N"), QString::number(defaultValue));
}

/** The value of a countOption(), at least @p minimum. */
inline int countValue(
    const QCommandLineParser& parser, const QCommandLineOption& option, int minimum = 1)
{
    return std::max(minimum, parser.value(option).toInt());
}

} // namespace kw::bench
