#pragma once

#include "cli/command_args.h"
#include "conversation/leader_store.h"

#include <memory>
#include <optional>

// What the leader's `gesprek` subcommands share (gesprek_leader_commands.cpp,
// gesprek_pdf_command.cpp): their options and the database they open.

namespace kw::cli {

/** --leader-db FILE: the leader's database (made by `gesprek profile`). */
const QCommandLineOption& leaderDbOption();
/** --key FILE: the leader's secret key file (.kwsleutel). */
const QCommandLineOption& leaderKeyOption();
/** --conversation ID: at least 6 hex digits of a conversation's id. */
const QCommandLineOption& leaderConversationOption();

/**
 * The leader's database at --leader-db, which must exist; teachers past the profile's retention
 * are deleted first, as whenever the app opens it. Null after printing why, with @p code set.
 */
[[nodiscard]] std::unique_ptr<conversation::LeaderStore> openLeaderStore(
    const CommandArgs& p, int& code);

/** The conversation --conversation names; nothing after printing why, with @p code set. */
[[nodiscard]] std::optional<QByteArray> leaderConversationId(
    conversation::LeaderStore& store, const CommandArgs& p, int& code);

} // namespace kw::cli
