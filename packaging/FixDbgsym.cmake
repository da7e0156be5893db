# CPACK_POST_BUILD_SCRIPTS: mends the roster-dbgsym .ddeb CMake 3.25's DEB generator writes
# (CPACK_DEBIAN_DEBUGINFO_PACKAGE) into what dh_strip would have made, so lintian passes it too:
#   - md5sums lists the files by their path in the package, not in CPack's staging directory
#     (lintian: md5sums-lists-nonexistent-file, file-missing-in-md5sums);
#   - the .debug files are 0644 and their debug sections compressed (as dh_strip does);
#   - usr/share/doc/roster-dbgsym is a symlink to roster's, which it depends on exactly: the
#     copyright and changelog are roster's (lintian: no-copyright-file, no-changelog).
# Variables from CPackConfig.cmake: CPACK_PACKAGE_FILES, CPACK_TOPLEVEL_DIRECTORY,
# CPACK_PACKAGE_NAME, CPACK_ROSTER_DPKG_DEB, CPACK_ROSTER_OBJCOPY.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "-dbgsym_[^/]*\\.ddeb$")
        continue()
    endif()
    set(tree "${CPACK_TOPLEVEL_DIRECTORY}/dbgsym-mended")
    file(REMOVE_RECURSE "${tree}")
    execute_process(COMMAND ${CPACK_ROSTER_DPKG_DEB} --raw-extract "${package}" "${tree}"
        COMMAND_ERROR_IS_FATAL ANY)

    file(GLOB_RECURSE debug_files "${tree}/usr/lib/debug/*.debug")
    foreach(debug_file IN LISTS debug_files)
        if(CPACK_ROSTER_OBJCOPY)
            execute_process(COMMAND ${CPACK_ROSTER_OBJCOPY} --compress-debug-sections "${debug_file}"
                COMMAND_ERROR_IS_FATAL ANY)
        endif()
        file(CHMOD "${debug_file}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endforeach()

    set(md5sums "")
    foreach(debug_file IN LISTS debug_files)
        file(MD5 "${debug_file}" sum)
        file(RELATIVE_PATH path "${tree}" "${debug_file}")
        string(APPEND md5sums "${sum}  ${path}\n")
    endforeach()
    file(WRITE "${tree}/DEBIAN/md5sums" "${md5sums}")
    file(CHMOD "${tree}/DEBIAN/md5sums" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

    # Installed-Size follows the compressed files (KiB, as dpkg-gencontrol counts: per file).
    set(size 0)
    file(GLOB_RECURSE all_files LIST_DIRECTORIES true "${tree}/usr/*")
    foreach(entry IN LISTS all_files)
        if(IS_DIRECTORY "${entry}" OR IS_SYMLINK "${entry}")
            math(EXPR size "${size} + 1")
        else()
            file(SIZE "${entry}" bytes)
            math(EXPR size "${size} + (${bytes} + 1023) / 1024")
        endif()
    endforeach()
    file(READ "${tree}/DEBIAN/control" control)
    string(REGEX REPLACE "Installed-Size: [0-9]+" "Installed-Size: ${size}" control "${control}")
    file(WRITE "${tree}/DEBIAN/control" "${control}")

    file(MAKE_DIRECTORY "${tree}/usr/share/doc")
    file(CREATE_LINK "${CPACK_PACKAGE_NAME}" "${tree}/usr/share/doc/${CPACK_PACKAGE_NAME}-dbgsym" SYMBOLIC)

    file(REMOVE "${package}")
    execute_process(COMMAND ${CPACK_ROSTER_DPKG_DEB} --root-owner-group --build "${tree}" "${package}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${tree}")
    message(STATUS "${package}: md5sums, modes, compressed debug sections and doc link mended")
endforeach()
