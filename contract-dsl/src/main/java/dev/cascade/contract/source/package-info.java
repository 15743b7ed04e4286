/** Source texts and positions in them. */
package dev.cascade.contract.source;
