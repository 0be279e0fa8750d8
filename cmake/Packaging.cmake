# The Debian package (issue 18 §5): `cmake --build BUILD --target package`
# writes tamkeen_VERSION_ARCH.deb with what the install rules put under /usr,
# plus the man pages, the copyright file and the changelog Debian wants.
if(NOT UNIX OR APPLE)
  return()
endif()

set(TAMKEEN_DEB_MAINTAINER "Tamkeen maintainers <maintainers@tamkeen.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

# Man pages and the changelog gzipped at build time, as Debian wants them
# (-n: no name or time inside, so the same input gives the same bytes).
find_program(TAMKEEN_GZIP gzip REQUIRED)
set(deb_dir ${CMAKE_BINARY_DIR}/deb)
function(tamkeen_gzip source name out)
  add_custom_command(OUTPUT ${deb_dir}/${name}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${source} ${deb_dir}/${name}
    COMMAND ${TAMKEEN_GZIP} -9nf ${deb_dir}/${name}
    DEPENDS ${source} VERBATIM)
  set(${out} ${deb_dir}/${name}.gz PARENT_SCOPE)
endfunction()

tamkeen_gzip(${PROJECT_SOURCE_DIR}/docs/man/tamkeen.1 tamkeen.1 man_gui)
tamkeen_gzip(${PROJECT_SOURCE_DIR}/docs/man/tamkeen-cli.1 tamkeen-cli.1 man_cli)
tamkeen_gzip(${PROJECT_SOURCE_DIR}/docs/man/tamkeen-hub.1 tamkeen-hub.1 man_hub)
install(FILES ${man_gui} ${man_cli} ${man_hub} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The changelog's date is the configure day, or SOURCE_DATE_EPOCH's when set
# (string(TIMESTAMP) reads it) for a reproducible package.
string(TIMESTAMP TAMKEEN_DEB_DATE "%a, %d %b %Y 00:00:00 +0000" UTC)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${deb_dir}/changelog.txt @ONLY)
tamkeen_gzip(${deb_dir}/changelog.txt changelog changelog)
add_custom_target(tamkeen_deb_files ALL DEPENDS ${man_gui} ${man_cli} ${man_hub} ${changelog})
install(FILES ${changelog} ${PROJECT_SOURCE_DIR}/resources/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tamkeen)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tamkeen)
set(CPACK_PACKAGE_VENDOR "The Tamkeen authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Tamkeen is a desktop application for field social workers,
empowerment-clinic counsellors and supervisors of social-protection
programmes. It records households and their members, home visits, counselling
sessions, individual empowerment plans and referrals, and measures the
programme's impact. Everything lives in one encrypted SQLite file and travels
between laptops as signed, encrypted package files; no server is needed. The
interface is Arabic and right-to-left first, with English on request.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TAMKEEN_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Depends from the libraries the programs link (dpkg-shlibdeps), and what Qt
# loads at run time, which they do not link: the QSQLITE driver, Qt's own
# Arabic strings (qtbase_ar) and the Arabic fonts. xcb is in libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-core")
# Native windows on a Wayland session (else Qt goes through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# `package_source` (not used for the .deb): the tree without builds or history.
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
include(CPack)
