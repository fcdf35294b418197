#pragma once

#include "cli/command_args.h"

namespace kw::cli {

/** --school, --teachers N, --periods P, --school-id ID: the options of `demo --school`. */
const QCommandLineOption& schoolOption();
const QCommandLineOption& teachersOption();
const QCommandLineOption& periodsOption();
const QCommandLineOption& schoolIdOption();

/** `demo --school --out DIR`: a whole simulated school in @p out (demo/demo_school.h). */
int runDemoSchool(const CommandArgs& args, const QString& out, quint32 seed);

} // namespace kw::cli
