#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace kw {

/** What the kernwijzer executable was asked to do (see --help). */
struct AppOptions
{
    QString journalPath; ///< --db: open this journal instead of the teacher's own
    bool demo = false; ///< --demo: the built-in demo school with sample reflections
    QString screenshotDir; ///< --screenshot: render every main page to PNG here, then exit
    QSize size; ///< --size WxH: window size (default: phone, 390×844)
    bool selfTest = false; ///< --self-test: load every page, fail on any QML warning
    QString language; ///< --lang nl|en: overrides the remembered choice for this run
    QString role; ///< --role: overrides the remembered role for this run
    /** A school profile (.kwprofiel) to import, as the desktop's "open with" passes it. */
    QString openFile;
    QString error; ///< set when the command line could not be understood

    static AppOptions parse(const QStringList& arguments);
};

} // namespace kw
