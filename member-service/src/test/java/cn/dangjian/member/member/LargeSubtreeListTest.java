package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Listing members over a subtree of more than 40,000 organisations: the filter joins the directory on its path
 * prefix, so it binds one parameter, not one per organisation (PostgreSQL refuses more than 32,767).
 */
@QuarkusTest
class LargeSubtreeListTest {

    static final int ORGANISATIONS = 40_001;

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    OrganisationDirectory directory;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void membersOfASubtreeOfMoreThan40000Organisations() throws Exception {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        UUID root = UUID.randomUUID();
        UUID deep = UUID.randomUUID();
        String districtPath = directory.subtreePath(DemoIds.DISTRICT).orElseThrow();
        String rootPath = districtPath + root + "/";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO organisation_directory (id, code, name, level, parent_id, path, version)
                    VALUES (?, ?, '大片区', 'PARTY_COMMITTEE', ?, ?, 1), (?, ?, '深处支部', 'BRANCH', ?, ?, 1)""")) {
                insert.setObject(1, root);
                insert.setString(2, "BIG-" + root);
                insert.setObject(3, DemoIds.DISTRICT);
                insert.setString(4, rootPath);
                insert.setObject(5, deep);
                insert.setString(6, "DEEP-" + deep);
                insert.setObject(7, root);
                insert.setString(8, rootPath + deep + "/");
                insert.executeUpdate();
            }
            try (PreparedStatement bulk = connection.prepareStatement("""
                    INSERT INTO organisation_directory (id, code, name, level, parent_id, path, version)
                    SELECT g.id, 'BULK-' || g.id, '支部', 'BRANCH', ?, ? || g.id || '/', 1
                    FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, ?)) g""")) {
                bulk.setObject(1, root);
                bulk.setString(2, rootPath);
                bulk.setInt(3, ORGANISATIONS - 1);
                bulk.executeUpdate();
            }
        }
        String inside = as(DemoUsers.DISTRICT_ADMIN).body(MemberResourceTest.member(IdNumbers.next(), deep))
                .when().post("/api/members").then().statusCode(201).extract().path("id");
        String outside = as(DemoUsers.DISTRICT_ADMIN).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201).extract().path("id");

        as(DemoUsers.DISTRICT_ADMIN).queryParam("under", root.toString()).queryParam("size", 100)
                .when().get("/api/members")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", hasItem(inside)).body("items.id", not(hasItem(outside)));
        // the district's own list spans the big subtree too, still with one parameter for the subtree
        as(DemoUsers.DISTRICT_ADMIN).queryParam("under", DemoIds.DISTRICT.toString()).queryParam("size", 100)
                .queryParam("name", "张伟")
                .when().get("/api/members")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }
}
