#include "app_options.h"

#include "services/role_service.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace kw {

AppOptions AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Kernwijzer: reflect on your school's kernwaarden."));
    p.addHelpOption();
    const QCommandLineOption db({ QStringLiteral("db") }, QStringLiteral("Open this journal file."),
        QStringLiteral("FILE"));
    const QCommandLineOption demo(
        { QStringLiteral("demo") }, QStringLiteral("Run on the built-in demo school."));
    const QCommandLineOption shot({ QStringLiteral("screenshot") },
        QStringLiteral("Render every main page to PNG files in DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption size({ QStringLiteral("size") },
        QStringLiteral("Window size, e.g. 390x844, 1024x768, 1440x900."), QStringLiteral("WxH"));
    const QCommandLineOption selfTest({ QStringLiteral("self-test") },
        QStringLiteral("Load every page; exit 0 when none warns."));
    const QCommandLineOption lang({ QStringLiteral("lang") },
        QStringLiteral("UI language for this run: nl or en."), QStringLiteral("LANG"));
    const QCommandLineOption role({ QStringLiteral("role") },
        QStringLiteral("Who uses the app for this run: %1.")
            .arg(RoleService::available().join(QStringLiteral(", "))),
        QStringLiteral("ROLE"));
    p.addOptions({ db, demo, shot, size, selfTest, lang, role });
    p.addPositionalArgument(QStringLiteral("file"),
        QStringLiteral("A school profile (.kwprofiel) to import."), QStringLiteral("[file]"));

    AppOptions o;
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.error = p.helpText();
        return o;
    }
    o.journalPath = p.value(db);
    o.demo = p.isSet(demo);
    // The demo seeds and marks its own journal; it must never do so to a teacher's file.
    if (o.demo && !o.journalPath.isEmpty())
        o.error
            = QStringLiteral("--demo uses its own demo journal; it cannot be combined with --db.");
    o.screenshotDir = p.value(shot);
    o.selfTest = p.isSet(selfTest);
    o.language = p.value(lang);
    o.role = p.value(role);
    if (!o.role.isEmpty() && !RoleService::isRole(o.role))
        o.error = QStringLiteral("--role takes %1.")
                      .arg(RoleService::available().join(QStringLiteral(", ")));
    if (p.positionalArguments().size() > 1)
        o.error = QStringLiteral("Give at most one file to open.");
    o.openFile = p.positionalArguments().value(0);
    if (!o.language.isEmpty() && o.language != QStringLiteral("nl")
        && o.language != QStringLiteral("en"))
        o.error = QStringLiteral("--lang takes nl or en.");
    o.size = QSize(390, 844);
    if (p.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = pattern.match(p.value(size));
        if (!m.hasMatch())
            o.error = QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 390x844.");
        else
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return o;
}

} // namespace kw
