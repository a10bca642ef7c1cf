package cn.dangjian.platform.directory.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The organisation directory (kept by platform-events from organisation events), mapped read-only so that queries can
 * filter by subtree with {@code exists (... d.path like :prefix)}: one parameter whatever the subtree's size, served by
 * the directory's text_pattern_ops index. Paths stay in the directory, never on business rows.
 */
@Entity
@Immutable
@Table(name = "organisation_directory")
public class DirectoryOrganisation {

    @Id
    public UUID id;

    @Column(name = "path", nullable = false)
    public String path;

    /** HQL condition: the entity's {@code organisationIdField} lies in the subtree whose path starts with {@code :param}. */
    public static String inSubtree(String organisationIdField, String param) {
        return "exists (select 1 from DirectoryOrganisation d where d.id = " + organisationIdField + " and d.path like :" + param + ")";
    }
}
