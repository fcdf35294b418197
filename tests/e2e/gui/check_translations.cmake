# Fails when a user-visible string in core/, app/ or qml/ has no Dutch translation: runs lupdate over the
# sources into a copy of kernwijzer_nl.ts and looks for unfinished or new entries.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/qml/i18n/kernwijzer_nl.ts" DESTINATION "${WORK_DIR}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/app" "${SOURCE_DIR}/qml" -ts "${WORK_DIR}/kernwijzer_nl.ts"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${WORK_DIR}/kernwijzer_nl.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
string(REGEX MATCHALL "<source>" all "${ts}")
list(LENGTH all total)
if(total LESS 50)
    message(FATAL_ERROR "only ${total} strings found: lupdate did not scan the sources")
endif()
if(count GREATER 0)
    message(FATAL_ERROR "${count} of ${total} strings have no Dutch translation; run scripts/update-translations.sh and translate:\n${missing}")
endif()
message(STATUS "all ${total} strings translated to Dutch")
