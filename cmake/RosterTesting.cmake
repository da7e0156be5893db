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
