/** Pages about children: the acting borough's searchable list and a child's page. */
package org.pupilsupport.web.children;
