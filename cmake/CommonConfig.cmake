# One INTERFACE target that carries the strict build settings for every target of the project
# (the habit of qBittorrent's cmake/Modules/CommonConfig.cmake).
add_library(roster_build_options INTERFACE)
target_compile_features(roster_build_options INTERFACE cxx_std_20)
target_compile_definitions(roster_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(roster_build_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2)
    # GCC's spelling only: clang warns that it does not know it (an error under ROSTER_WERROR).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(roster_build_options INTERFACE -Wshadow=local)
    endif()
    if(ROSTER_WERROR)
        target_compile_options(roster_build_options INTERFACE -Werror)
    endif()
endif()

# ROSTER_SANITIZE: AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer on every
# target, at compile and link time. UB is fatal (-fno-sanitize-recover) so a report can never
# scroll past in a passing test. ROSTER_FUZZ implies it: libFuzzer is only useful with them.
# ROSTER_FUZZ also adds libFuzzer's coverage instrumentation (not its main()) to every target,
# so the fuzz targets in tests/fuzz are guided through Roster's own code.
if(ROSTER_SANITIZE OR ROSTER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ROSTER_SANITIZE needs GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    # float-cast-overflow is in Clang's "undefined" group but not in GCC's: named here so the GCC
    # tree also catches a JSON number too large for the integer it is cast to (what the fuzzers
    # found first) when it replays the fuzz corpora.
    set(ROSTER_SANITIZER_FLAGS -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined,float-cast-overflow)
    target_compile_options(roster_build_options INTERFACE ${ROSTER_SANITIZER_FLAGS})
    target_link_options(roster_build_options INTERFACE ${ROSTER_SANITIZER_FLAGS})
endif()
if(ROSTER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ROSTER_FUZZ needs clang (libFuzzer), e.g. CC=clang-14 CXX=clang++-14; "
            "this is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(roster_build_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Every compiled target must link roster_build_options, or it silently misses the strict defines,
# the warnings and the sanitizers (a half-instrumented program gives false ASan reports and
# hides bugs). Called at the end of the top-level CMakeLists.txt.
function(roster_check_build_options)
    set(dirs ${CMAKE_SOURCE_DIR})
    set(missing "")
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
        list(APPEND dirs ${subdirs})
        get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
        foreach(target IN LISTS targets)
            get_target_property(type ${target} TYPE)
            if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
                continue()
            endif()
            get_target_property(libraries ${target} LINK_LIBRARIES)
            if(NOT "roster_build_options" IN_LIST libraries)
                list(APPEND missing ${target})
            endif()
        endforeach()
    endwhile()
    if(missing)
        message(FATAL_ERROR "These targets do not link roster_build_options: ${missing}")
    endif()
endfunction()
