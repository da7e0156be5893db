# Writes a gzipped man page from a built program's own --help (cmake -P, called at build time).
#   HELP2MAN, GZIP    the tools
#   PROGRAM           the built executable; its --help is the man page's text
#   NAME              one line for the NAME section
#   VERSION           the version shown in the header (roster-mockserver has no --version)
#   INCLUDE           help2man include file: sections --help does not have (FILES, SEE ALSO, ...)
#   DATE_EPOCH        the release date (seconds), so the header is the same on every build
#   OUTPUT            the .1.gz to write
# The program runs with no display and in the C locale: the page is the English --help text.
foreach(var HELP2MAN GZIP PROGRAM NAME VERSION INCLUDE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: ${var} not set")
    endif()
endforeach()

string(REGEX REPLACE "\\.gz$" "" page "${OUTPUT}")
set(date_env)
if(DATE_EPOCH)
    set(date_env SOURCE_DATE_EPOCH=${DATE_EPOCH})
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            LC_ALL=C.UTF-8 LANGUAGE= ${date_env}
            ${HELP2MAN} --no-info --no-discard-stderr --version-string=${VERSION} --name=${NAME}
            --include=${INCLUDE} --output=${page} ${PROGRAM}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${page}")
    message(FATAL_ERROR "help2man failed for ${PROGRAM}: ${result}")
endif()
# -n: no name or time stamp in the gzip header (lintian: package-contains-timestamped-gzip).
execute_process(COMMAND ${GZIP} -9 -n -c ${page} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip failed for ${page}: ${result}")
endif()
