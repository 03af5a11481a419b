/** Who knows whom: the network graph between people, with the kind and strength of each tie. */
package app.kith.connections;
