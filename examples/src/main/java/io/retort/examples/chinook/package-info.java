/** The Chinook music store, mapped for the examples (artists, albums, tracks, genres, playlists). */
package io.retort.examples.chinook;
