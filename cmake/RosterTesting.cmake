# roster_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [KEYRING] [TIMEOUT <s>]
#                 [PIECES <piece...>])
#
# One Qt Test executable per class under test, registered with CTest. Tests run on the offscreen
# platform with no proxy; KEYRING runs the test inside its own D-Bus session with an unlocked
# gnome-keyring, so credential tests talk to a real Secret Service and never to the developer's.
# PIECES registers one CTest entry per piece instead (<name>_<piece>, with ROSTER_TEST_PIECE set),
# so that `ctest -j` can run a long suite's parts side by side.
function(roster_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "TIMEOUT" "SOURCES;LIBRARIES;PIECES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test roster_build_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE ROSTER_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;no_proxy=*;NO_PROXY=*;http_proxy=;https_proxy=;QT_LOGGING_RULES=roster.*.debug=false")
    if(ARG_PIECES)
        foreach(piece ${ARG_PIECES})
            add_test(NAME ${name}_${piece} COMMAND ${name})
            set_tests_properties(${name}_${piece} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
                ENVIRONMENT "${environment};ROSTER_TEST_PIECE=${piece}")
        endforeach()
        return()
    endif()
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${environment}")
endfunction()

# Under ROSTER_SANITIZE every test of the directory that includes this file gets the sanitizer
# settings, whether it was added with roster_add_test() or with add_test() (the executable's own
# tests, the shell scripts): deferred to the end of the directory so no test is missed and no
# later set_tests_properties(ENVIRONMENT) overwrites them. A report fails the test twice over: the
# process exits non-zero, and the report's text fails the tests that pass on a regular
# expression (those ignore the exit code).
set(ROSTER_LSAN_SUPPRESSIONS ${CMAKE_CURRENT_LIST_DIR}/../tests/sanitizers/lsan.supp)
cmake_path(NORMAL_PATH ROSTER_LSAN_SUPPRESSIONS)
function(roster_sanitize_tests)
    if(NOT (ROSTER_SANITIZE OR ROSTER_FUZZ))
        return()
    endif()
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test IN LISTS tests)
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
            "ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:exitcode=86:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:report_error_type=1"
            "LSAN_OPTIONS=exitcode=86:print_suppressions=0:suppressions=${ROSTER_LSAN_SUPPRESSIONS}")
        set_property(TEST ${test} APPEND PROPERTY FAIL_REGULAR_EXPRESSION
            "ERROR: (Address|Leak)Sanitizer" "runtime error: " "SUMMARY: UndefinedBehaviorSanitizer")
    endforeach()
endfunction()
cmake_language(DEFER CALL roster_sanitize_tests)
